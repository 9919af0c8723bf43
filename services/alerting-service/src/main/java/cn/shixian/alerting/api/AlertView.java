package cn.shixian.alerting.api;

import static cn.shixian.web.query.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One alert (预警): which obligation (item, version; or, of kind REQUEST, the request: requestId, 0), what happened to it ({@code type}) and when
 * ({@code raisedAt}); {@code workingDaysLeft} for DUE_SOON, {@code workingDaysOverdue} for OVERDUE,
 * ESCALATED and PUBLISHED_LATE. {@code acknowledged} with who, when and why once an officer has
 * acknowledged it (an acknowledged alert stays listed).
 */
record AlertView(UUID id, String type, String itemId, int version, String region, String responsibleBody,
                 String title, LocalDate dueOn, Integer workingDaysLeft, Integer workingDaysOverdue,
                 Instant raisedAt, boolean acknowledged, String acknowledgedBy, Instant acknowledgedAt,
                 String ackComment, String kind, String period) {

    static final String COLUMNS = """
            id, kind, type, item_id, version, region, responsible_body, title, due_on, working_days_left,
            working_days_overdue, raised_at, acknowledged_by, acknowledged_at, ack_comment, nullif(period, '') as period""";

    static AlertView read(ResultSet row, int rowNumber) throws SQLException {
        Instant acknowledgedAt = instant(row, "acknowledged_at");
        return new AlertView(row.getObject("id", UUID.class), row.getString("type"), row.getString("item_id"),
                row.getInt("version"), row.getString("region"), row.getString("responsible_body"),
                row.getString("title"), row.getObject("due_on", LocalDate.class),
                row.getObject("working_days_left", Integer.class), row.getObject("working_days_overdue", Integer.class),
                instant(row, "raised_at"), acknowledgedAt != null, row.getString("acknowledged_by"), acknowledgedAt,
                row.getString("ack_comment"), row.getString("kind"), row.getString("period"));
    }
}
