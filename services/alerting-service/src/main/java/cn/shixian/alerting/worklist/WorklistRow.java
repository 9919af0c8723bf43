package cn.shixian.alerting.worklist;

import static cn.shixian.web.query.Rows.instant;

import cn.shixian.alerting.lifecycle.ObligationState;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One obligation of the worklist (待办): the read model's row with, worked out for today on its
 * region's calendar, the working days left or overdue ({@link WorkingDayFigures}), and the newest
 * alert of it nobody has acknowledged yet ({@code openAlertId}, null when none).
 *
 * @param kind            ITEM, or REQUEST: then itemId is the requestId, version 0 and title the subject
 * @param category        一级/二级/三级事项, outermost first; empty when the item has none
 * @param dueAt           the first instant it is overdue (the start of the day after dueOn)
 * @param workingDaysLate set for MET_LATE: how late it was published
 * @param period          the period of a periodic obligation (2025-Q3), null for the others
 * @param limitKind       the kind of its time limit (WORKING_DAYS, CALENDAR_DAYS, IMMEDIATE, FIXED_DATE,
 *                        PERIODIC); null for a request and for rows older than the field
 */
record WorklistRow(String itemId, int version, String title, String region, String responsibleBody,
                   List<String> category, String state, Instant stateSince, LocalDate changedOn, LocalDate dueOn,
                   Instant dueAt, String calendarVersion, boolean provisional, Instant publishedAt,
                   Integer workingDaysLate, Integer workingDaysLeft, Integer workingDaysOverdue, UUID openAlertId,
                   String kind, String period, String limitKind) {

    /** The columns read, of the obligation as {@code o}. */
    static final String COLUMNS = """
            o.kind, o.item_id, o.version, o.title, o.region, o.responsible_body, o.category, o.state, o.state_since,
            o.changed_on, o.due_on, o.due_at, o.calendar_version, o.provisional, o.published_at, o.working_days_late,
            nullif(o.period, '') as period, o.limit_kind,
            (select a.id from alert a where a.item_id = o.item_id and a.version = o.version and a.period = o.period
                 and a.acknowledged_at is null order by a.raised_at desc, a.id desc limit 1) as open_alert_id""";

    static WorklistRow read(ResultSet row, LocalDate today, WorkingDayCalendar calendar) throws SQLException {
        String state = row.getString("state");
        LocalDate dueOn = row.getObject("due_on", LocalDate.class);
        String region = row.getString("region");
        WorkingDayFigures days = WorkingDayFigures.of(ObligationState.valueOf(state), dueOn, region, today, calendar);
        return new WorklistRow(row.getString("item_id"), row.getInt("version"), row.getString("title"), region,
                row.getString("responsible_body"), category(row.getArray("category")), state,
                instant(row, "state_since"), row.getObject("changed_on", LocalDate.class), dueOn,
                instant(row, "due_at"), row.getString("calendar_version"), row.getBoolean("provisional"),
                instant(row, "published_at"), row.getObject("working_days_late", Integer.class), days.left(),
                days.overdue(), row.getObject("open_alert_id", UUID.class),
                row.getString("kind"), row.getString("period"), row.getString("limit_kind"));
    }

    private static List<String> category(Array levels) throws SQLException {
        return levels == null ? List.of() : List.of((String[]) levels.getArray());
    }
}
