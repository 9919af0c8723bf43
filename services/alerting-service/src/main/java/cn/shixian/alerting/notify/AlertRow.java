package cn.shixian.alerting.notify;

import cn.shixian.contracts.Alert;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** An alert (预警) as the sweep recorded it in table {@code alert}: what a notification is about. */
record AlertRow(UUID id, Alert.AlertState type, String itemId, int version, String region, String responsibleBody,
                String title, LocalDate dueOn, Integer workingDaysLeft, Integer workingDaysOverdue, Instant raisedAt) {

    static final String COLUMNS = """
            a.id, a.type, a.item_id, a.version, a.region, a.responsible_body, a.title, a.due_on,
            a.working_days_left, a.working_days_overdue, a.raised_at""";

    static AlertRow of(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AlertRow(rs.getObject("id", UUID.class), Alert.AlertState.valueOf(rs.getString("type")),
                rs.getString("item_id"), rs.getInt("version"), rs.getString("region"),
                rs.getString("responsible_body"), rs.getString("title"), rs.getObject("due_on", LocalDate.class),
                (Integer) rs.getObject("working_days_left"), (Integer) rs.getObject("working_days_overdue"),
                rs.getTimestamp("raised_at").toInstant());
    }

    /** The contracts record, as the generic webhook receives it. */
    Alert toEvent() {
        return new Alert(itemId, version, region, responsibleBody, dueOn, type, workingDaysLeft, workingDaysOverdue);
    }

    /** The tag of metric {@code shixian.alerts}: the event type's suffix, e.g. {@code due-soon}. */
    String typeTag() {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The title, or the itemId where the catalog gave none. */
    String displayTitle() {
        return title == null || title.isBlank() ? itemId : title;
    }
}
