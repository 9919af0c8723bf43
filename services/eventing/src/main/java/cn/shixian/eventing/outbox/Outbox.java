package cn.shixian.eventing.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The transactional outbox (发件箱): records are written in the caller's database transaction,
 * together with the state change they report, and relayed to Kafka by {@link OutboxRelay}. So a
 * crash either keeps both or neither; nothing is sent for a change that was rolled back.
 */
public class Outbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final OutboxSignal signal;

    Outbox(JdbcTemplate jdbc, Clock clock, OutboxSignal signal) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.signal = signal;
    }

    /** Appends in the current transaction; there must be one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(List<OutboxRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("""
                insert into outbox (topic, record_key, payload, headers, created_at)
                values (?, ?, ?, cast(? as jsonb), ?)""", records, 1000, (ps, r) -> {
            ps.setString(1, r.topic());
            ps.setString(2, r.key());
            ps.setBytes(3, r.payload());
            ps.setString(4, JSON.writeValueAsString(r.headers()));
            ps.setTimestamp(5, now);
        });
        signal.afterCommit();
    }

    /** Records not relayed yet (for health and tests). */
    public long pending() {
        Long count = jdbc.queryForObject("select count(*) from outbox", Long.class);
        return count == null ? 0 : count;
    }
}
