package cn.shixian.deadline.query;

import cn.shixian.web.query.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One publication obligation (公开义务), every column of {@code obligation}. {@code dueOn} is the
 * last day to publish in the region's calendar; {@code dueAt} the first instant it is overdue.
 * {@code provisional} means the due date rests on a year whose holiday notice is not out yet.
 * {@code limitKind} is how the time limit counts (working or calendar days, immediate, a fixed date, a
 * period); {@code workingDays} is its N in {@code countUnit}, counted from {@code countedFrom};
 * {@code period} names the period of a fixed-date or periodic limit.
 */
record ObligationView(String itemId, int version, String region, String responsibleBody, String title,
                      Instant changedAt, LocalDate changedOn, int workingDays, int extensionDays,
                      String timeLimitText, boolean timeLimitUnparsed, LocalDate dueOn, Instant dueAt,
                      String calendarVersion, boolean provisional, String state, Instant publishedAt,
                      Integer workingDaysLate, String closedReason, Instant openedAt, Instant updatedAt,
                      String limitKind, String countUnit, LocalDate countedFrom, String period) {

    static final String COLUMNS = """
            item_id, version, region, responsible_body, title, changed_at, changed_on, working_days, extension_days,
            time_limit_text, time_limit_unparsed, due_on, due_at, calendar_version, provisional, state, published_at,
            working_days_late, closed_reason, opened_at, updated_at, limit_kind, count_unit, counted_from, nullif(period, '') as period""";

    static ObligationView read(ResultSet row, int rowNumber) throws SQLException {
        return new ObligationView(row.getString("item_id"), row.getInt("version"), row.getString("region"),
                row.getString("responsible_body"), row.getString("title"), Rows.instant(row, "changed_at"),
                row.getObject("changed_on", LocalDate.class), row.getInt("working_days"), row.getInt("extension_days"),
                row.getString("time_limit_text"), row.getBoolean("time_limit_unparsed"),
                row.getObject("due_on", LocalDate.class), Rows.instant(row, "due_at"), row.getString("calendar_version"),
                row.getBoolean("provisional"), row.getString("state"), Rows.instant(row, "published_at"),
                row.getObject("working_days_late", Integer.class), row.getString("closed_reason"),
                Rows.instant(row, "opened_at"), Rows.instant(row, "updated_at"), row.getString("limit_kind"),
                row.getString("count_unit"), row.getObject("counted_from", LocalDate.class), row.getString("period"));
    }
}
