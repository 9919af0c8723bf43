package cn.shixian.deadline.requestintake;

import cn.shixian.contracts.RequestEvent;
import cn.shixian.deadline.request.RequestClock;
import cn.shixian.deadline.request.RequestHistory;
import cn.shixian.deadline.request.RequestRules;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request as stored (已收申请): its accepted events in the order they were accepted, and their ids.
 *
 * @param eventIds the CloudEvents ids already taken: one seen again is a redelivery
 */
public record StoredRequest(String requestId, List<RequestEvent> events, Set<String> eventIds) {

    public StoredRequest {
        events = List.copyOf(events);
        eventIds = Set.copyOf(eventIds);
    }

    static StoredRequest none(String requestId) {
        return new StoredRequest(requestId, List.of(), Set.of());
    }

    /** The history counted on {@code rules}: the stored events were all accepted, so it has no refusals. */
    public RequestHistory history(RequestRules rules) {
        return RequestHistory.fold(events, rules);
    }

    /** The clock on {@code rules}; empty if the request was never received. */
    public Optional<RequestClock> clock(RequestRules rules) {
        return history(rules).current();
    }
}
