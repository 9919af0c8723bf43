package cn.shixian.alerting.sweep;

import cn.shixian.alerting.obligation.TransitionTimes;
import cn.shixian.contracts.Alert.AlertState;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;

/** The moves the clock makes (DESIGN.md rule 6), most advanced first, each one update statement. */
enum Transition {
    ESCALATE(AlertState.ESCALATED, "'OPEN', 'DUE_SOON', 'OVERDUE'", "escalate_at"),
    OVERDUE(AlertState.OVERDUE, "'OPEN', 'DUE_SOON'", "due_at"),
    DUE_SOON(AlertState.DUE_SOON, "'OPEN'", "due_soon_at");

    final AlertState alert;
    final String sql;

    Transition(AlertState alert, String from, String instantColumn) {
        this.alert = alert;
        // the partial indexes obligation_becoming_* serve exactly these predicates
        this.sql = "update obligation set state = '" + alert.name() + "', state_since = ?, updated_at = ?"
                + " where state in (" + from + ") and " + instantColumn + " <= ?"
                + " returning item_id, version, region, responsible_body, title, due_on";
    }

    Integer daysLeft(LocalDate today, LocalDate dueOn, RegionCode region, WorkingDayCalendar calendar) {
        return this == DUE_SOON ? TransitionTimes.workingDaysLeft(today, dueOn, region, calendar) : null;
    }

    Integer daysOverdue(LocalDate today, LocalDate dueOn, RegionCode region, WorkingDayCalendar calendar) {
        return this == DUE_SOON ? null : TransitionTimes.workingDaysOverdue(today, dueOn, region, calendar);
    }
}
