package cn.shixian.alerting.notify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How each channel is doing, in table {@code channel_status} so every instance and a restarted one
 * see the same: consecutive failures (reset by a success), the last error, and per channel the
 * deliveries still pending or given up.
 */
@Repository
class ChannelStatuses {

    /** One channel's record; {@code pending} and {@code gaveUp} count its deliveries. */
    record ChannelStatus(String channel, int consecutiveFailures, String lastError, Instant lastFailureAt,
                         Instant lastSuccessAt, long pending, long gaveUp) {
    }

    private final JdbcClient jdbc;

    ChannelStatuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void succeeded(String channel, Instant at) {
        jdbc.sql("""
                insert into channel_status (channel, consecutive_failures, last_success_at) values (:channel, 0, :at)
                on conflict (channel) do update set consecutive_failures = 0, last_success_at = excluded.last_success_at""")
                .param("channel", channel).param("at", Timestamp.from(at)).update();
    }

    void failed(String channel, String error, Instant at) {
        jdbc.sql("""
                insert into channel_status (channel, consecutive_failures, last_error, last_failure_at)
                values (:channel, 1, :error, :at)
                on conflict (channel) do update set consecutive_failures = channel_status.consecutive_failures + 1,
                    last_error = excluded.last_error, last_failure_at = excluded.last_failure_at""")
                .param("channel", channel).param("error", error).param("at", Timestamp.from(at)).update();
    }

    /** Every channel that has a status or deliveries pending or given up, by name. */
    List<ChannelStatus> all() {
        return jdbc.sql("""
                with counts as (
                    select channel, count(*) filter (where state = 'PENDING') as pending,
                           count(*) filter (where state = 'GAVE_UP') as gave_up
                    from delivery where state in ('PENDING', 'GAVE_UP') group by channel)
                select coalesce(s.channel, c.channel) as channel, coalesce(s.consecutive_failures, 0) as failures,
                       s.last_error, s.last_failure_at, s.last_success_at,
                       coalesce(c.pending, 0) as pending, coalesce(c.gave_up, 0) as gave_up
                from channel_status s full join counts c on c.channel = s.channel
                order by 1""")
                .query((rs, n) -> new ChannelStatus(rs.getString("channel"), rs.getInt("failures"),
                        rs.getString("last_error"), instant(rs.getTimestamp("last_failure_at")),
                        instant(rs.getTimestamp("last_success_at")), rs.getLong("pending"), rs.getLong("gave_up")))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
