package cn.shixian.alerting.lifecycle;

import cn.shixian.alerting.lifecycle.LifecycleEvent.Cancelled;
import cn.shixian.alerting.lifecycle.LifecycleEvent.ClockTicked;
import cn.shixian.alerting.lifecycle.LifecycleEvent.DueDateMoved;
import cn.shixian.alerting.lifecycle.LifecycleEvent.Opened;
import cn.shixian.alerting.lifecycle.LifecycleEvent.Paused;
import cn.shixian.alerting.lifecycle.LifecycleEvent.Published;
import cn.shixian.contracts.Alert.AlertState;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The obligation lifecycle (公开义务的状态流转), docs/design.md rule 6, in one place: which event moves an
 * obligation from which state to which, and which alert (预警) the move raises. The read model, the
 * sweep, the digest and the settled-alerts query take their state sets and moves from here (their
 * SQL is rendered by {@link StatePredicates}); the migrations' partial indexes are checked against it.
 * <ul>
 *   <li>The clock only moves an open obligation forward (OPEN → DUE_SOON → OVERDUE → ESCALATED), with
 *       the alert of the state it reaches; one long overdue goes straight to ESCALATED with one alert.</li>
 *   <li>A recomputed due date only moves a running obligation back, to where the clock now puts it,
 *       without an alert (moving forward is the clock's, with its alert).</li>
 *   <li>A request's clock pauses (PAUSED: nothing due, no alerts) for a correction or a consultation;
 *       the recomputed due date that ends the pause restarts it as OPEN, and the clock then moves it
 *       on with its alerts.</li>
 *   <li>A publication closes an open obligation as MET, or MET_LATE with a PUBLISHED_LATE alert; a
 *       cancellation closes it as CANCELLED.</li>
 *   <li>A closed obligation stays as it is, so redeliveries change nothing.</li>
 * </ul>
 */
public final class ObligationLifecycle {

    /** 未办结: still owed, whether the clock runs or is paused. */
    public static final Set<ObligationState> OPEN = only(ObligationState::isOpen);
    /** 已办结: published or cancelled; final. */
    public static final Set<ObligationState> CLOSED = only(state -> !state.isOpen());
    /** The clock runs: the states the sweep moves on. */
    public static final Set<ObligationState> RUNNING = only(ObligationState::isRunning);
    /** Open and alerted by the clock: what a digest lists, the most pressing first in {@link #pressingFirst()}. */
    public static final Set<ObligationState> ALERTED_OPEN =
            only(state -> state.isOpen() && state.alertOnEntry().isPresent());
    /** The alerts the clock raises (the others come with a publication). */
    public static final Set<AlertState> CLOCK_ALERTS = ALERTED_OPEN.stream()
            .map(state -> state.alertOnEntry().orElseThrow())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(AlertState.class)));

    private ObligationLifecycle() {
    }

    /**
     * What {@code event} does to an obligation in {@code current} (empty: not in the read model yet)
     * with the clock at {@code clock}.
     */
    public static Step next(Optional<ObligationState> current, ClockPosition clock, LifecycleEvent event) {
        if (current.isEmpty()) {
            // opened as OPEN whatever the clock says: the sweep then moves it, with its alert
            return event instanceof Opened ? Step.to(ObligationState.OPEN) : Step.STAY;
        }
        ObligationState state = current.get();
        if (!state.isOpen()) {
            return Step.STAY;
        }
        return switch (event) {
            case Opened opened -> Step.STAY;
            case Published published -> Step.alerting(published.late() ? ObligationState.MET_LATE : ObligationState.MET);
            case Cancelled cancelled -> Step.to(ObligationState.CANCELLED);
            case Paused paused -> state.isRunning() ? Step.to(ObligationState.PAUSED) : Step.STAY;
            case ClockTicked tick -> state.isRunning() && clock.state().compareTo(state) > 0
                    ? Step.alerting(clock.state()) : Step.STAY;
            case DueDateMoved moved -> movedBack(state, clock);
        };
    }

    /** Back to where the clock now puts it, never forward; a paused clock restarts as OPEN (the sweep then alerts). */
    private static Step movedBack(ObligationState state, ClockPosition clock) {
        if (!state.isRunning()) {
            return Step.to(ObligationState.OPEN);
        }
        return clock.state().compareTo(state) < 0 ? Step.to(clock.state()) : Step.STAY;
    }

    /** The state a publication closes an open obligation with. */
    public static ObligationState closedBy(Published published) {
        return target(next(Optional.of(ObligationState.OPEN), ClockPosition.BEFORE_DUE_SOON, published));
    }

    /** The state a paused clock is in. */
    public static ObligationState pausedBy(Paused paused) {
        return target(next(Optional.of(ObligationState.OPEN), ClockPosition.BEFORE_DUE_SOON, paused));
    }

    /** The state a cancellation closes an open obligation with. */
    public static ObligationState closedBy(Cancelled cancelled) {
        return target(next(Optional.of(ObligationState.OPEN), ClockPosition.BEFORE_DUE_SOON, cancelled));
    }

    /**
     * The clock's moves, most advanced first, each one set-based update of the sweep: the states a
     * tick at that position moves to its state. Worked out from {@link #next}, so the two cannot differ.
     */
    public static List<ClockMove> clockMoves() {
        return Arrays.stream(ClockPosition.values())
                .sorted(Collections.reverseOrder())
                .map(position -> new ClockMove(position, movedByTickAt(position)))
                .filter(move -> !move.from().isEmpty())
                .toList();
    }

    /** {@link #ALERTED_OPEN}, the most advanced first. */
    public static List<ObligationState> pressingFirst() {
        return ALERTED_OPEN.stream().sorted(Collections.reverseOrder()).toList();
    }

    private static Set<ObligationState> movedByTickAt(ClockPosition position) {
        return only(state -> next(Optional.of(state), position, new ClockTicked())
                .equals(Step.alerting(position.state())));
    }

    private static ObligationState target(Step step) {
        return ((Step.Move) step).to();
    }

    private static Set<ObligationState> only(java.util.function.Predicate<ObligationState> test) {
        return Arrays.stream(ObligationState.values()).filter(test)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ObligationState.class)));
    }
}
