package cn.shixian.eventing.outbox;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox (发件箱): records are written in the caller's database transaction,
 * together with the state change they report, and relayed to Kafka by {@link OutboxRelay}. So a
 * crash either keeps both or neither; nothing is sent for a change that was rolled back.
 * <p>
 * One {@code append} is one row holding its records as arrays, in order: a poll of 2,000 item
 * events writes one outbox row, not 2,000 (and the relay deletes one), which is most of what an
 * outbox costs the database under a burst.
 */
public class Outbox {

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
        int n = records.size();
        String[] topics = new String[n];
        String[] keys = new String[n];
        byte[][] payloads = new byte[n][];
        String[] headers = new String[n];
        for (int i = 0; i < n; i++) {
            OutboxRecord record = records.get(i);
            topics[i] = record.topic();
            keys[i] = record.key();
            payloads[i] = record.payload();
            headers[i] = OutboxHeaders.toJson(record.headers());
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    insert into outbox (topics, record_keys, payloads, headers, created_at) values (?, ?, ?, ?, ?)""");
            ps.setArray(1, connection.createArrayOf("text", topics));
            ps.setArray(2, connection.createArrayOf("text", keys));
            ps.setArray(3, connection.createArrayOf("bytea", payloads));
            ps.setArray(4, connection.createArrayOf("text", headers));
            ps.setTimestamp(5, now);
            return ps;
        });
        signal.afterCommit();
    }

    /** Records not relayed yet (for health and tests). */
    public long pending() {
        Long count = jdbc.queryForObject("select coalesce(sum(cardinality(topics)), 0) from outbox", Long.class);
        return count == null ? 0 : count;
    }
}
