package cn.shixian.deadline.request;

import cn.shixian.contracts.RequestEvent;
import cn.shixian.contracts.RequestReceived;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request's events folded in order: the clock after the ones that fit, and a refusal for each
 * one that does not (which is skipped, as the service dead-letters it, and the fold goes on).
 *
 * @param clock    null while no {@code received} event has come
 * @param refusals the refused events, in order
 */
public record RequestHistory(RequestClock clock, List<Refusal> refusals) {

    public RequestHistory {
        refusals = List.copyOf(refusals);
    }

    public static RequestHistory empty() {
        return new RequestHistory(null, List.of());
    }

    public static RequestHistory fold(List<? extends RequestEvent> events, RequestRules rules) {
        RequestHistory history = empty();
        for (RequestEvent event : events) {
            history = history.apply(event, rules);
        }
        return history;
    }

    public Optional<RequestClock> current() {
        return Optional.ofNullable(clock);
    }

    /** The history after one more event. */
    public RequestHistory apply(RequestEvent event, RequestRules rules) {
        return switch (decide(event, rules)) {
            case Decision.Accepted accepted -> new RequestHistory(accepted.clock(), refusals);
            case Decision.Refused refused -> new RequestHistory(clock, plus(refused.refusal()));
        };
    }

    /** What {@code event} does to this request: the first event must be its receipt. */
    public Decision decide(RequestEvent event, RequestRules rules) {
        if (clock != null) {
            return clock.apply(event, rules);
        }
        if (event instanceof RequestReceived received) {
            return new Decision.Accepted(RequestClock.receive(received, rules));
        }
        return new Decision.Refused(new Refusal(event.requestId(), event.eventType(), Refusal.Reason.UNKNOWN_REQUEST,
                "no request " + event.requestId() + " was received; " + event.eventType().type()
                        + " needs a disclosure.request.received first"));
    }

    private List<Refusal> plus(Refusal refusal) {
        List<Refusal> more = new ArrayList<>(refusals);
        more.add(refusal);
        return more;
    }
}
