package cn.shixian.alerting.alert;

import cn.shixian.eventing.outbox.Outbox;
import cn.shixian.eventing.outbox.OutboxRecord;
import cn.shixian.eventing.outbox.OutgoingEvents;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises alerts: one row per (obligation, type), whatever raises it twice (two sweeps, two
 * instances, a redelivered event), and for each new row one {@code disclosure.alert.*} (or, for a request, {@code disclosure.request.alert.*}) event in the
 * outbox of the same transaction.
 */
@Repository
public class AlertLog {

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final OutgoingEvents outgoing;
    private final Clock clock;

    AlertLog(JdbcTemplate jdbc, Outbox outbox, OutgoingEvents outgoing, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    /** Raises the alerts not raised before; returns how many were new. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int raise(List<RaisedAlert> alerts) {
        if (alerts.isEmpty()) {
            return 0;
        }
        // the alert row's id is also its event's CloudEvents id (and its notifications')
        Map<String, String> inserted = new HashMap<>();
        jdbc.query(connection -> insert(connection, alerts), rs -> {
            inserted.put(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3) + "/" + rs.getString(4),
                    rs.getString(5));
        });
        List<OutboxRecord> records = new ArrayList<>();
        for (RaisedAlert alert : alerts) {
            String id = inserted.remove(alert.key());
            if (id != null) {
                records.add(outgoing.record(id, alert.event()));
            }
        }
        outbox.append(records);
        return records.size();
    }

    private PreparedStatement insert(Connection connection, List<RaisedAlert> alerts) throws SQLException {
        PreparedStatement ps = connection.prepareStatement("""
                insert into alert (id, type, item_id, version, region, responsible_body, title, due_on,
                                   working_days_left, working_days_overdue, kind, raised_at, period)
                select a.id, a.type, a.item, a.version, a.region, a.body, a.title, a.due_on, a.left_days,
                       a.overdue_days, a.kind, ?, a.period
                from unnest(?::uuid[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::date[],
                            ?::int[], ?::int[], ?::text[], ?::text[])
                     as a(id, type, item, version, region, body, title, due_on, left_days, overdue_days, kind, period)
                on conflict (item_id, version, period, type) do nothing
                returning item_id, version, period, type, id""");
        ps.setTimestamp(1, Timestamp.from(clock.instant()));
        ps.setArray(2, array(connection, "uuid", alerts, a -> UUID.randomUUID()));
        ps.setArray(3, array(connection, "text", alerts, a -> a.type().name()));
        ps.setArray(4, array(connection, "text", alerts, RaisedAlert::itemId));
        ps.setArray(5, array(connection, "int4", alerts, RaisedAlert::version));
        ps.setArray(6, array(connection, "text", alerts, RaisedAlert::region));
        ps.setArray(7, array(connection, "text", alerts, RaisedAlert::responsibleBody));
        ps.setArray(8, array(connection, "text", alerts, RaisedAlert::title));
        ps.setArray(9, array(connection, "date", alerts, a -> Date.valueOf(a.dueOn())));
        ps.setArray(10, array(connection, "int4", alerts, RaisedAlert::workingDaysLeft));
        ps.setArray(11, array(connection, "int4", alerts, RaisedAlert::workingDaysOverdue));
        ps.setArray(12, array(connection, "text", alerts, a -> a.kind().name()));
        ps.setArray(13, array(connection, "text", alerts, a -> a.period() == null ? "" : a.period()));
        return ps;
    }

    private static Array array(Connection connection, String type, List<RaisedAlert> alerts,
                               Function<RaisedAlert, Object> column) throws SQLException {
        return connection.createArrayOf(type, alerts.stream().map(column).toArray());
    }
}
