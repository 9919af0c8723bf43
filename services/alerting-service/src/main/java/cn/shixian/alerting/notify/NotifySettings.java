package cn.shixian.alerting.notify;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How alerts are notified (通知): where, when and how hard we try. The defaults are listed in
 * {@code alerting-notify-defaults.yml}; with no channels configured nobody is notified.
 *
 * @param timelineBaseUrl where an item's timeline lives; the itemId is appended (a dashboard can take it over)
 * @param requestBaseUrl  where a request's clock (依申请公开) lives; the requestId is appended
 * @param interval        how often each instance looks for alerts to plan and deliveries to send
 * @param batchSize       deliveries one instance claims per round
 * @param lease           how long a claimed delivery belongs to its instance; after that another may send it
 * @param maxAttempts     attempts before a delivery is given up (GAVE_UP, counted and shown in health)
 * @param failingAfter    consecutive failures after which a channel is reported failing (health DOWN)
 * @param planLookback    alerts raised longer ago than this when first seen are left to the digest
 * @param httpTimeout     connect and response timeout of webhook and robot calls
 */
@ConfigurationProperties("shixian.notify")
record NotifySettings(@DefaultValue("http://127.0.0.1:8081/api/items/") URI timelineBaseUrl,
                      @DefaultValue("http://127.0.0.1:8081/api/requests/") URI requestBaseUrl,
                      @DefaultValue("5s") Duration interval,
                      @DefaultValue("50") int batchSize,
                      @DefaultValue("2m") Duration lease,
                      @DefaultValue("10") int maxAttempts,
                      @DefaultValue Backoff backoff,
                      @DefaultValue("3") int failingAfter,
                      @DefaultValue("7d") Duration planLookback,
                      @DefaultValue("10s") Duration httpTimeout,
                      @DefaultValue OfficeHours officeHours,
                      @DefaultValue Digest digest,
                      @DefaultValue Mail mail,
                      List<RouteSettings> routes,
                      Map<String, ChannelSettings> channels) {

    NotifySettings {
        routes = routes == null ? List.of() : List.copyOf(routes);
        channels = channels == null ? Map.of() : Map.copyOf(channels);
        if (lease.compareTo(httpTimeout.multipliedBy(2)) < 0) {
            // a lease shorter than a send would let a second instance send while the first still waits
            throw new IllegalArgumentException("shixian.notify.lease (" + lease
                    + ") must be at least twice shixian.notify.http-timeout (" + httpTimeout + ")");
        }
        for (RouteSettings route : routes) {
            for (String name : route.channels()) {
                if (!channels.containsKey(name)) {
                    throw new IllegalArgumentException("shixian.notify.routes names channel '" + name
                            + "', which is not in shixian.notify.channels " + channels.keySet());
                }
            }
        }
    }

    /** Retry delays: {@code initial}, doubled per failed attempt, at most {@code max}. */
    record Backoff(@DefaultValue("30s") Duration initial, @DefaultValue("1h") Duration max) {

        Duration after(int failedAttempts) {
            int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
            Duration delay = initial.multipliedBy(1L << doublings);
            return delay.compareTo(max) > 0 ? max : delay;
        }
    }

    /** Office hours (办公时间) on working days; immediate alerts outside them wait unless a channel is 24/7. */
    record OfficeHours(@DefaultValue("09:00") LocalTime start, @DefaultValue("18:00") LocalTime end) {
    }

    /** The daily digest (每日摘要): when, and how many obligations one message lists. */
    record Digest(@DefaultValue("09:00") LocalTime at, @DefaultValue("30") int maxItems) {
    }

    /** The sender of e-mail; the SMTP server itself is {@code spring.mail.*}. */
    record Mail(@DefaultValue("shixian-noreply@localhost") String from, @DefaultValue("时限 Shixian") String fromName) {
    }
}
