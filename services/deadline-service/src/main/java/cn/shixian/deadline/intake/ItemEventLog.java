package cn.shixian.deadline.intake;

import cn.shixian.contracts.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every item event the service accepted, once (the processed-event table): the CloudEvents
 * {@code id} is the key, written in the same transaction as the state change, so a redelivered or
 * re-sent event changes nothing.
 */
@Repository
class ItemEventLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ItemEventLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the events; returns those not recorded before, in order. */
    List<IncomingRecord> appendNew(List<IncomingRecord> accepted) {
        Timestamp now = Timestamp.from(clock.instant());
        int[][] counts = jdbc.batchUpdate("""
                insert into item_event (event_id, item_id, type, received_at, payload, origin)
                values (?, ?, ?, ?, cast(? as jsonb), ?)
                on conflict (event_id) do nothing""", accepted, 1000, (ps, in) -> {
                    CloudEvent<?> event = in.event();
                    ps.setString(1, event.id());
                    ps.setString(2, event.subject());
                    ps.setString(3, event.type().type());
                    ps.setTimestamp(4, now);
                    ps.setString(5, new String(in.record().value(), StandardCharsets.UTF_8));
                    ps.setString(6, in.origin());
                });
        List<IncomingRecord> fresh = new ArrayList<>();
        int index = 0;
        for (int[] chunk : counts) {
            for (int count : chunk) {
                IncomingRecord in = accepted.get(index++);
                if (count == 1) {
                    fresh.add(in);
                }
            }
        }
        return fresh;
    }

    long countFor(String itemId) {
        Long count = jdbc.queryForObject("select count(*) from item_event where item_id = ?", Long.class, itemId);
        return count == null ? 0 : count;
    }
}
