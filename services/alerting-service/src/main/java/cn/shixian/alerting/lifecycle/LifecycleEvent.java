package cn.shixian.alerting.lifecycle;

/**
 * What can happen to an obligation: the deadline events of {@code disclosure.deadlines}
 * (opened, due date recomputed, paused, met, cancelled; of items and of requests alike) and the
 * sweep's clock tick.
 */
public sealed interface LifecycleEvent {

    /** {@code deadline.opened}: the item changed, a new obligation is owed. */
    record Opened() implements LifecycleEvent {
    }

    /** {@code deadline.recomputed}: the due date moved (a calendar change; for a request also a correction, consultation or extension). */
    record DueDateMoved() implements LifecycleEvent {
    }

    /** {@code request.deadline.paused}: a request's clock stopped for a correction or a consultation. */
    record Paused() implements LifecycleEvent {
    }

    /** {@code deadline.met}: published (or answered), on time or late. */
    record Published(boolean late) implements LifecycleEvent {
    }

    /** {@code deadline.cancelled}: retired or superseded before publication. */
    record Cancelled() implements LifecycleEvent {
    }

    /** The sweep (巡检) looked at the clock. */
    record ClockTicked() implements LifecycleEvent {
    }
}
