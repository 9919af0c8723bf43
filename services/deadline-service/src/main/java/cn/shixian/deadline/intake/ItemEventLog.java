package cn.shixian.deadline.intake;

import cn.shixian.contracts.EventType;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every item event the service accepted, once (the processed-event table and the timeline): the item,
 * the CloudEvents {@code id} and the event's own time are the key, written in the same transaction as
 * the state change, so a redelivered or re-sent event changes nothing. The time is in the key because
 * the log is partitioned by its month (V17, {@code cn.shixian.deadline.eventlog}): an id re-sent with
 * another time is another record of the log, applied again, where the item's version guard makes
 * its state change a no-op.
 */
@Repository
class ItemEventLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ItemEventLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the events; returns those not recorded before, in order. One statement for the batch. */
    List<IncomingRecord> appendNew(List<IncomingRecord> accepted) {
        int n = accepted.size();
        String[] ids = new String[n];
        String[] items = new String[n];
        String[] types = new String[n];
        String[] payloads = new String[n];
        String[] times = new String[n];
        String[] origins = new String[n];
        for (int i = 0; i < n; i++) {
            IncomingRecord in = accepted.get(i);
            ids[i] = in.event().id();
            items[i] = in.event().subject();
            types[i] = in.event().type().type();
            // only a publication is needed whole later: the timeline reads it from here, and a held one
            // may be dead-lettered as unknown-item with its original text
            payloads[i] = in.event().type() == EventType.ITEM_PUBLISHED
                    ? new String(in.record().value(), StandardCharsets.UTF_8) : null;
            times[i] = in.event().time().toString();
            origins[i] = in.origin();
        }
        Set<String> inserted = new HashSet<>(jdbc.query(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    insert into item_event (event_id, item_id, type, received_at, payload, origin, event_time,
                                            occurred_at)
                    select e.id, e.item, e.type, ?, e.payload, e.origin, e.time, e.time::timestamptz
                    from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                         as e(id, item, type, payload, origin, time)
                    on conflict (item_id, event_id, occurred_at) do nothing
                    returning item_id, event_id""");
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setArray(2, connection.createArrayOf("text", ids));
            ps.setArray(3, connection.createArrayOf("text", items));
            ps.setArray(4, connection.createArrayOf("text", types));
            ps.setArray(5, connection.createArrayOf("text", payloads));
            ps.setArray(6, connection.createArrayOf("text", origins));
            ps.setArray(7, connection.createArrayOf("text", times));
            return ps;
        }, (rs, row) -> key(rs.getString(1), rs.getString(2))));
        // the same event twice in one batch is inserted once: only its first record counts as new
        List<IncomingRecord> fresh = new ArrayList<>();
        for (IncomingRecord in : accepted) {
            if (inserted.remove(key(in.event().subject(), in.event().id()))) {
                fresh.add(in);
            }
        }
        return fresh;
    }

    private static String key(String itemId, String eventId) {
        return itemId + '\n' + eventId;
    }
}
