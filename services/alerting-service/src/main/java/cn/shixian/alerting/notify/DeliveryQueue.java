package cn.shixian.alerting.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Table {@code delivery} as a work queue shared by all instances. A claim takes due rows with
 * {@code for update skip locked} (two instances never claim one row) and moves their
 * {@code next_attempt_at} forward by the lease, in its own committed statement: an instance that
 * stops after claiming lets the lease expire and the row comes back to whoever looks next.
 */
@Repository
class DeliveryQueue {

    private static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final ChannelStatuses channels;
    private final NotifySettings settings;
    private final Clock clock;

    DeliveryQueue(JdbcClient jdbc, ChannelStatuses channels, NotifySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Claims up to {@code limit} due deliveries of the channels this instance knows (a channel
     * removed from configuration keeps its rows pending, and health reports them).
     */
    List<Delivery> claimDue(Collection<String> knownChannels, int limit) {
        if (knownChannels.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                update delivery d set attempts = d.attempts + 1, next_attempt_at = :leaseUntil
                from (select id from delivery
                      where state = 'PENDING' and next_attempt_at <= :now and channel in (:channels)
                      order by next_attempt_at
                      limit :limit
                      for update skip locked) due
                where d.id = due.id
                returning d.id, d.alert_id, d.digest_on, d.type, d.channel, d.recipient, d.region, d.attempts""")
                .param("leaseUntil", Timestamp.from(now.plus(settings.lease())))
                .param("now", Timestamp.from(now))
                .param("channels", List.copyOf(knownChannels))
                .param("limit", limit)
                .query((rs, n) -> Delivery.of(rs)).list();
    }

    @Transactional
    public void markSent(Delivery delivery) {
        Instant now = clock.instant();
        jdbc.sql("update delivery set state = 'SENT', sent_at = :now, last_error = null where id = :id and state = 'PENDING'")
                .param("now", Timestamp.from(now)).param("id", delivery.id()).update();
        channels.succeeded(delivery.channel(), now);
    }

    /**
     * Records a failed attempt: due again at {@code retryAt}, or given up after the last attempt.
     *
     * @return whether the delivery was given up
     */
    @Transactional
    public boolean markFailed(Delivery delivery, String error, Instant retryAt) {
        Instant now = clock.instant();
        String shortError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        boolean gaveUp = delivery.attempts() >= settings.maxAttempts();
        // the attempts guard: if our lease ran out and another instance claimed the row, its outcome counts
        jdbc.sql("""
                update delivery set state = :state, next_attempt_at = :retryAt, last_error = :error
                where id = :id and state = 'PENDING' and attempts = :attempts""")
                .param("state", gaveUp ? "GAVE_UP" : "PENDING").param("retryAt", Timestamp.from(retryAt))
                .param("error", shortError).param("id", delivery.id()).param("attempts", delivery.attempts())
                .update();
        channels.failed(delivery.channel(), shortError, now);
        return gaveUp;
    }

    Optional<AlertRow> alert(UUID id) {
        return jdbc.sql("select " + AlertRow.COLUMNS + " from alert a where a.id = :id")
                .param("id", id).query((rs, n) -> AlertRow.of(rs)).optional();
    }
}
