package cn.shixian.alerting.lifecycle;

/**
 * What can happen to an obligation: the deadline events of {@code disclosure.deadlines}
 * (opened, due date recomputed, met, cancelled) and the sweep's clock tick.
 */
public sealed interface LifecycleEvent {

    /** {@code deadline.opened}: the item changed, a new obligation is owed. */
    record Opened() implements LifecycleEvent {
    }

    /** {@code deadline.recomputed}: the calendar moved the due date. */
    record DueDateMoved() implements LifecycleEvent {
    }

    /** {@code deadline.met}: published, on time or late. */
    record Published(boolean late) implements LifecycleEvent {
    }

    /** {@code deadline.cancelled}: retired or superseded before publication. */
    record Cancelled() implements LifecycleEvent {
    }

    /** The sweep (巡检) looked at the clock. */
    record ClockTicked() implements LifecycleEvent {
    }
}
