package cn.shixian.alerting.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One attempt at one claimed delivery: write the message, send it, record the outcome. A failure
 * is due again after the backoff (and within office hours unless the channel is 24/7), or given
 * up after the last attempt; every outcome is counted in {@code shixian.alerts}.
 */
@Component
class DeliveryAttempt {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryAttempt.class);

    private final Map<ChannelType, Courier> couriers = new EnumMap<>(ChannelType.class);
    private final DeliveryQueue queue;
    private final AlertMessages alerts;
    private final DigestMessages digests;
    private final Routing routing;
    private final OfficeHoursPolicy officeHours;
    private final NotifyMetrics metrics;
    private final NotifySettings settings;
    private final Clock clock;

    DeliveryAttempt(List<Courier> couriers, DeliveryQueue queue, AlertMessages alerts, DigestMessages digests,
                    Routing routing, OfficeHoursPolicy officeHours, NotifyMetrics metrics, NotifySettings settings,
                    Clock clock) {
        couriers.forEach(courier -> this.couriers.put(courier.type(), courier));
        this.queue = queue;
        this.alerts = alerts;
        this.digests = digests;
        this.routing = routing;
        this.officeHours = officeHours;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    void run(Delivery delivery) {
        ChannelSettings channel = routing.channel(delivery.channel());
        try {
            couriers.get(channel.type()).send(channel, delivery.recipient(), write(delivery));
        } catch (InterruptedException e) {
            // the instance is stopping: the claim's lease expires and the message is sent then
            Thread.currentThread().interrupt();
            return;
        } catch (DeliveryFailure | RuntimeException e) {
            failed(delivery, channel, e);
            return;
        }
        try {
            queue.markSent(delivery);
            metrics.count(delivery.type(), delivery.channel(), NotifyMetrics.Outcome.SENT);
        } catch (RuntimeException e) {
            LOG.error("delivery {} was sent on {} but could not be recorded; it will be sent again when its lease "
                    + "expires: {}", delivery.id(), delivery.channel(), e.toString());
        }
    }

    private Outgoing write(Delivery delivery) throws DeliveryFailure {
        if (delivery.isDigest()) {
            return digests.render(delivery.channel(), delivery.digestOn());
        }
        AlertRow alert = queue.alert(delivery.alertId())
                .orElseThrow(() -> new DeliveryFailure("alert " + delivery.alertId() + " no longer exists"));
        return alerts.render(alert);
    }

    private void failed(Delivery delivery, ChannelSettings channel, Exception e) {
        String error = e instanceof DeliveryFailure ? e.getMessage() : e.toString();
        Instant retryAt = officeHours.earliestSend(
                clock.instant().plus(settings.backoff().after(delivery.attempts())), channel, delivery.region());
        boolean gaveUp = queue.markFailed(delivery, error, retryAt);
        metrics.count(delivery.type(), delivery.channel(),
                gaveUp ? NotifyMetrics.Outcome.GAVE_UP : NotifyMetrics.Outcome.FAILED);
        if (gaveUp) {
            LOG.error("gave up delivery {} ({}) on channel {} to {} after {} attempts: {}", delivery.id(),
                    delivery.type(), delivery.channel(), delivery.recipient(), delivery.attempts(), error);
        } else {
            LOG.warn("delivery {} on channel {} failed (attempt {} of {}), next at {}: {}", delivery.id(),
                    delivery.channel(), delivery.attempts(), settings.maxAttempts(), retryAt, error);
        }
    }
}
