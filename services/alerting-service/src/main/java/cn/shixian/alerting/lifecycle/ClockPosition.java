package cn.shixian.alerting.lifecycle;

import java.time.Instant;

/**
 * Where the clock stands for one obligation: before its due-soon day, in its due-soon days, past its
 * due date, or past its escalation day, from its {@link TransitionTimes}. Each position is the open
 * state the clock alone would put an obligation in.
 */
public enum ClockPosition {
    BEFORE_DUE_SOON(ObligationState.OPEN),
    IN_DUE_SOON(ObligationState.DUE_SOON),
    PAST_DUE(ObligationState.OVERDUE),
    PAST_ESCALATION(ObligationState.ESCALATED);

    private final ObligationState state;

    ClockPosition(ObligationState state) {
        this.state = state;
    }

    /** The open state the clock puts an obligation in here. */
    public ObligationState state() {
        return state;
    }

    /** The position at {@code now}; each instant of {@code times} is the first of its position. */
    public static ClockPosition at(TransitionTimes times, Instant now) {
        if (now.isBefore(times.dueSoonAt())) {
            return BEFORE_DUE_SOON;
        }
        if (now.isBefore(times.dueAt())) {
            return IN_DUE_SOON;
        }
        return now.isBefore(times.escalateAt()) ? PAST_DUE : PAST_ESCALATION;
    }
}
