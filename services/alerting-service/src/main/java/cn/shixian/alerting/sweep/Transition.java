package cn.shixian.alerting.sweep;

import cn.shixian.alerting.lifecycle.ClockMove;
import cn.shixian.alerting.lifecycle.ObligationLifecycle;
import cn.shixian.alerting.lifecycle.StatePredicates;
import cn.shixian.alerting.lifecycle.TransitionTimes;
import cn.shixian.contracts.Alert.AlertState;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;

/**
 * One of the clock's moves ({@link ObligationLifecycle#clockMoves()}) as one set-based update over
 * the read model, with the alert it raises and the working-day figures that alert carries.
 */
record Transition(ClockMove move, String sql) {

    /** Most advanced first, so one long overdue goes straight to ESCALATED with one alert. */
    static final List<Transition> ALL = ObligationLifecycle.clockMoves().stream().map(Transition::of).toList();

    private static Transition of(ClockMove move) {
        // the partial indexes obligation_becoming_* serve exactly these predicates
        return new Transition(move, "update obligation set state = '" + move.to().name()
                + "', state_since = ?, updated_at = ? where " + StatePredicates.in("state", move.from())
                + " and " + instantColumn(move) + " <= ? returning item_id, version, region, responsible_body, title, due_on, kind,"
                + " nullif(period, '')");
    }

    /** The column holding the first instant of the move's clock position ({@link TransitionTimes}). */
    static String instantColumn(ClockMove move) {
        return switch (move.position()) {
            case BEFORE_DUE_SOON -> throw new IllegalArgumentException("the clock never moves back");
            case IN_DUE_SOON -> "due_soon_at";
            case PAST_DUE -> "due_at";
            case PAST_ESCALATION -> "escalate_at";
        };
    }

    AlertState alert() {
        return move.to().alertOnEntry().orElseThrow();
    }

    /** Working days left for a due-soon alert, none for the others. */
    Integer daysLeft(LocalDate today, LocalDate dueOn, RegionCode region, WorkingDayCalendar calendar) {
        return alert() == AlertState.DUE_SOON ? TransitionTimes.workingDaysLeft(today, dueOn, region, calendar) : null;
    }

    /** Working days overdue for an overdue or escalated alert, none for a due-soon one. */
    Integer daysOverdue(LocalDate today, LocalDate dueOn, RegionCode region, WorkingDayCalendar calendar) {
        return alert() == AlertState.DUE_SOON ? null : TransitionTimes.workingDaysOverdue(today, dueOn, region, calendar);
    }
}
