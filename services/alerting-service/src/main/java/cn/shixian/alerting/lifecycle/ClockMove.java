package cn.shixian.alerting.lifecycle;

import java.util.Set;

/**
 * One move of the clock: the obligations in {@code from} whose {@code position} has come go to its
 * state, with that state's alert. The sweep runs one set-based update per move.
 */
public record ClockMove(ClockPosition position, Set<ObligationState> from) {

    public ClockMove {
        from = Set.copyOf(from);
    }

    /** The state the move reaches. */
    public ObligationState to() {
        return position.state();
    }
}
