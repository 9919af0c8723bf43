package cn.shixian.deadline.request;

/** What applying one event to a request's clock gave: the clock after it, or a refusal that leaves it as it was. */
public sealed interface Decision {

    /** The event fits; {@code clock} is the request after it. */
    record Accepted(RequestClock clock) implements Decision {
    }

    /** The event does not fit; the clock stays as it was. */
    record Refused(Refusal refusal) implements Decision {
    }
}
