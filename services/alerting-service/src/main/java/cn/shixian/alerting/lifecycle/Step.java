package cn.shixian.alerting.lifecycle;

import cn.shixian.contracts.Alert.AlertState;
import java.util.Optional;

/** What one {@link LifecycleEvent} does to an obligation: nothing, or a move with at most one alert. */
public sealed interface Step {

    /** The event changes nothing (a redelivery, a closed obligation, a move the clock does not allow). */
    record Stay() implements Step {
    }

    /** The obligation goes to {@code to}; {@code alert} is raised once with the move. */
    record Move(ObligationState to, Optional<AlertState> alert) implements Step {
    }

    Step STAY = new Stay();

    static Step to(ObligationState state) {
        return new Move(state, Optional.empty());
    }

    static Step alerting(ObligationState state) {
        return new Move(state, state.alertOnEntry());
    }
}
