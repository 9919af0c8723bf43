package cn.shixian.alerting.obligation;

import java.time.Instant;

/** States of a disclosure obligation (公开义务), DESIGN.md rule 6. */
public enum ObligationState {
    OPEN, DUE_SOON, OVERDUE, ESCALATED, MET, MET_LATE, CANCELLED;

    /**
     * The state after the due date moved to {@code times}: back to where the clock puts it now, if
     * that is earlier; never forward (moving forward is the sweep's, with an alert); a final state stays.
     */
    ObligationState movedBackFor(TransitionTimes times, Instant now) {
        if (ordinal() > ESCALATED.ordinal()) {
            return this;
        }
        ObligationState byClock = now.isBefore(times.dueSoonAt()) ? OPEN
                : now.isBefore(times.dueAt()) ? DUE_SOON
                : now.isBefore(times.escalateAt()) ? OVERDUE : ESCALATED;
        return byClock.ordinal() < ordinal() ? byClock : this;
    }
}
