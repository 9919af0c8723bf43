package cn.shixian.alerting.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code notifications}: DOWN, naming the channels, when a channel has failed
 * {@code shixian.notify.failing-after} times in a row (until it succeeds again) or has deliveries
 * waiting although it is no longer configured. Details show every channel's record, including the
 * deliveries given up. The liveness and readiness probes do not include it: a failing robot must
 * not get the service restarted.
 */
@Component("notificationsHealthIndicator")
class NotificationsHealthIndicator implements HealthIndicator {

    private final ChannelStatuses statuses;
    private final NotifySettings settings;

    NotificationsHealthIndicator(ChannelStatuses statuses, NotifySettings settings) {
        this.statuses = statuses;
        this.settings = settings;
    }

    @Override
    public Health health() {
        List<String> failing = new ArrayList<>();
        Map<String, Object> channels = new LinkedHashMap<>();
        settings.channels().forEach((name, channel) -> channels.put(name, Map.of("type", channel.type().tag(),
                "consecutiveFailures", 0, "pending", 0L, "gaveUp", 0L)));
        for (ChannelStatuses.ChannelStatus status : statuses.all()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            ChannelSettings channel = settings.channels().get(status.channel());
            detail.put("type", channel == null ? "not configured" : channel.type().tag());
            detail.put("consecutiveFailures", status.consecutiveFailures());
            detail.put("pending", status.pending());
            detail.put("gaveUp", status.gaveUp());
            putIfPresent(detail, "lastError", status.lastError());
            putIfPresent(detail, "lastFailureAt", status.lastFailureAt());
            putIfPresent(detail, "lastSuccessAt", status.lastSuccessAt());
            if (status.consecutiveFailures() >= settings.failingAfter() || channel == null && status.pending() > 0) {
                failing.add(status.channel());
            }
            channels.put(status.channel(), detail);
        }
        Health.Builder health = failing.isEmpty() ? Health.up() : Health.down();
        return health.withDetail("failingChannels", failing).withDetail("channels", channels).build();
    }

    private static void putIfPresent(Map<String, Object> detail, String key, Object value) {
        if (value != null) {
            detail.put(key, value.toString());
        }
    }
}
