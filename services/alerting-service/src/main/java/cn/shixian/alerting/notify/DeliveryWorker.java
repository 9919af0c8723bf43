package cn.shixian.alerting.notify;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every {@code shixian.notify.interval} on every instance: plan new alerts, claim due deliveries,
 * send them concurrently (one virtual thread each, so a slow channel does not hold up the others).
 * Idle when no channel is configured.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryPlanner planner;
    private final DeliveryQueue queue;
    private final DeliveryAttempt attempt;
    private final SettledAlerts settled;
    private final NotifySettings settings;
    private final AtomicLong rounds = new AtomicLong();
    private volatile ScheduledExecutorService loop;

    DeliveryWorker(DeliveryPlanner planner, DeliveryQueue queue, DeliveryAttempt attempt, SettledAlerts settled,
                   NotifySettings settings) {
        this.planner = planner;
        this.queue = queue;
        this.attempt = attempt;
        this.settled = settled;
        this.settings = settings;
    }

    @Override
    public void start() {
        if (settings.channels().isEmpty()) {
            LOG.info("no notification channels configured (shixian.notify.channels): alerts are not notified");
            return;
        }
        loop = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("notify-worker").daemon().factory());
        long interval = settings.interval().toMillis();
        // the first round one interval after start, when the rest of the application is up
        loop.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = loop;
        loop = null;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(settings.httpTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }

    /** Rounds completed since start, failed ones included: lets a test wait for the worker to have looked. */
    long rounds() {
        return rounds.get();
    }

    private void round() {
        try {
            // a burst (10^4 transitions after a holiday) is drained now, not one batch per interval
            while (planner.planNewAlerts() == DeliveryPlanner.ALERTS_PER_ROUND && !stopping()) {
                LOG.debug("planned a full batch of alerts, planning more");
            }
            settled.withdraw();
            List<Delivery> due;
            do {
                due = queue.claimDue(settings.channels().keySet(), settings.batchSize());
                try (ExecutorService sends = Executors.newVirtualThreadPerTaskExecutor()) {
                    due.forEach(delivery -> sends.execute(() -> attemptOne(delivery)));
                }
            } while (due.size() == settings.batchSize() && !stopping());
        } catch (RuntimeException e) {
            // a failed round (database down) must not end the schedule: the next round tries again
            LOG.warn("notification round failed, will retry in {}: {}", settings.interval(), e.toString());
        } finally {
            rounds.incrementAndGet();
        }
    }

    private void attemptOne(Delivery delivery) {
        try {
            attempt.run(delivery);
        } catch (RuntimeException e) {
            // the outcome could not be recorded (database down): the claim's lease brings the delivery back
            LOG.warn("delivery {} on channel {}: outcome not recorded, retried after the lease: {}", delivery.id(),
                    delivery.channel(), e.toString());
        }
    }

    private static boolean stopping() {
        return Thread.currentThread().isInterrupted();
    }
}
