package cn.shixian.deadline.requestintake;

import cn.shixian.contracts.RequestDeadlineEvent;
import cn.shixian.contracts.RequestEvent;
import cn.shixian.deadline.request.Decision;
import cn.shixian.deadline.request.Refusal;
import cn.shixian.deadline.request.RequestClock;
import cn.shixian.deadline.request.RequestDeadlines;
import cn.shixian.deadline.request.RequestHistory;
import cn.shixian.deadline.request.RequestRules;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * New request events applied in order on top of the stored ones (申请时钟推演): each one a
 * redelivery, a fit (the clock after it and its deadline events) or a misfit with the reason. The
 * topic's intake and the HTTP door decide with this one class, so they refuse for the same reasons.
 */
public final class RequestFold {

    /** What became of one event. */
    public sealed interface Step {
    }

    /** Already taken (stored, or earlier in this fold): changes nothing. */
    public record Duplicate() implements Step {
    }

    /** Fits: the request's clock after it, and what to tell {@code disclosure.deadlines}. */
    public record Fits(RequestClock after, List<RequestDeadlineEvent> deadlines) implements Step {
    }

    /** Does not fit the request's history. */
    public record Misfit(Refusal refusal) implements Step {
    }

    private final Map<String, StoredRequest> stored;
    private final RequestRules rules;
    private final Map<String, RequestHistory> histories = new HashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final Set<String> changed = new LinkedHashSet<>();

    /** @param stored every request the events will name, as {@link RequestEventStore#load} gives them */
    public RequestFold(Map<String, StoredRequest> stored, RequestRules rules) {
        this.stored = stored;
        this.rules = rules;
    }

    /** @throws cn.shixian.workcalendar.CalendarException if a day lies outside the calendar */
    public Step apply(String eventId, RequestEvent event) {
        String requestId = event.requestId();
        StoredRequest request = stored.getOrDefault(requestId, StoredRequest.none(requestId));
        if (request.eventIds().contains(eventId) || taken.contains(requestId + '\n' + eventId)) {
            return new Duplicate();
        }
        RequestHistory history = histories.computeIfAbsent(requestId, id -> request.history(rules));
        return switch (history.decide(event, rules)) {
            case Decision.Refused refused -> new Misfit(refused.refusal());
            case Decision.Accepted accepted -> {
                taken.add(requestId + '\n' + eventId);
                changed.add(requestId);
                histories.put(requestId, new RequestHistory(accepted.clock(), history.refusals()));
                yield new Fits(accepted.clock(), RequestDeadlines.of(history.current().orElse(null),
                        accepted.clock(), event, rules));
            }
        };
    }

    /** The clocks of the requests an event fitted, after the last of them. */
    public Collection<RequestClock> changed() {
        return changed.stream().map(id -> histories.get(id).current().orElseThrow()).toList();
    }
}
