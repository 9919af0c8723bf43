package cn.shixian.alerting.sweep;

import cn.shixian.alerting.lifecycle.ClockMove;
import cn.shixian.alerting.lifecycle.ClockPosition;
import cn.shixian.alerting.lifecycle.ObligationLifecycle;
import cn.shixian.alerting.lifecycle.StatePredicates;
import cn.shixian.alerting.lifecycle.TransitionTimes;
import cn.shixian.contracts.Alert.AlertState;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One of the clock's moves ({@link ObligationLifecycle#clockMoves()}) as one set-based update over
 * the read model, with the alert it raises and the working-day figures that alert carries.
 */
record Transition(ClockMove move, String sql) {

    /** Most advanced first, so one long overdue goes straight to ESCALATED with one alert. */
    static final List<Transition> ALL = ObligationLifecycle.clockMoves().stream().map(Transition::of).toList();

    /**
     * Moves only the obligations the clock puts exactly at the move's position: its instant has come
     * and the next position's has not. Each statement of the sweep reads a snapshot of its own (read
     * committed), so an obligation the read model commits between two of them is seen only by the later
     * ones; without the upper bound a long-overdue one arriving so went OVERDUE or even DUE_SOON, with
     * that alert, and ESCALATED on the next sweep with another (found by infra/cluster). Now the next
     * sweep moves it straight to where it belongs, with one alert.
     */
    private static Transition of(ClockMove move) {
        // the partial indexes obligation_becoming_* serve exactly these predicates
        String until = nextPosition(move.position()).map(next -> " and " + instantColumn(next) + " > ?").orElse("");
        return new Transition(move, "update obligation set state = '" + move.to().name()
                + "', state_since = ?, updated_at = ? where " + StatePredicates.in("state", move.from())
                + " and " + instantColumn(move.position()) + " <= ?" + until
                + " returning item_id, version, region, responsible_body, title, due_on, kind, nullif(period, '')");
    }

    /** The column holding the first instant of a clock position ({@link TransitionTimes}). */
    static String instantColumn(ClockPosition position) {
        return switch (position) {
            case BEFORE_DUE_SOON -> throw new IllegalArgumentException("the clock never moves back");
            case IN_DUE_SOON -> "due_soon_at";
            case PAST_DUE -> "due_at";
            case PAST_ESCALATION -> "escalate_at";
        };
    }

    private static Optional<ClockPosition> nextPosition(ClockPosition position) {
        ClockPosition[] all = ClockPosition.values();
        return position.ordinal() + 1 < all.length ? Optional.of(all[position.ordinal() + 1]) : Optional.empty();
    }

    /** The update's parameters at {@code now}: state_since, updated_at, then each instant compared. */
    Object[] parameters(Timestamp now) {
        Object[] parameters = new Object[nextPosition(move.position()).isPresent() ? 4 : 3];
        java.util.Arrays.fill(parameters, now);
        return parameters;
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
