package cn.shixian.alerting.notify;

import cn.shixian.alerting.alert.RaisedAlert;
import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.contracts.Alert;
import cn.shixian.contracts.EventData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** An alert (预警) as the sweep recorded it in table {@code alert}: what a notification is about. */
record AlertRow(UUID id, ObligationKind kind, Alert.AlertState type, String itemId, int version, String period,
                String region, String responsibleBody, String title, LocalDate dueOn, Integer workingDaysLeft,
                Integer workingDaysOverdue, Instant raisedAt) {

    static final String COLUMNS = """
            a.id, a.kind, a.type, a.item_id, a.version, a.region, a.responsible_body, a.title, a.due_on,
            a.working_days_left, a.working_days_overdue, a.raised_at, nullif(a.period, '') as period""";

    static AlertRow of(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AlertRow(rs.getObject("id", UUID.class), ObligationKind.valueOf(rs.getString("kind")),
                Alert.AlertState.valueOf(rs.getString("type")),
                rs.getString("item_id"), rs.getInt("version"), rs.getString("period"), rs.getString("region"),
                rs.getString("responsible_body"), rs.getString("title"), rs.getObject("due_on", LocalDate.class),
                (Integer) rs.getObject("working_days_left"), (Integer) rs.getObject("working_days_overdue"),
                rs.getTimestamp("raised_at").toInstant());
    }

    /** The contracts record, as the generic webhook receives it: an item's or a request's alert. */
    EventData toEvent() {
        return new RaisedAlert(kind, type, itemId, version, period, region, responsibleBody, title, dueOn, workingDaysLeft,
                workingDaysOverdue).event();
    }

    /** The tag of metric {@code shixian.alerts}: the event type's suffix, e.g. {@code due-soon}. */
    String typeTag() {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The title (a request's subject), or the id where none was given. */
    String displayTitle() {
        return title == null || title.isBlank() ? itemId : title;
    }
}
