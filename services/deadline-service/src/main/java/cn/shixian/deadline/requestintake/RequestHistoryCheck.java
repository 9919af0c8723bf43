package cn.shixian.deadline.requestintake;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.RequestEvent;
import cn.shixian.deadline.request.Refusal;
import cn.shixian.workcalendar.CalendarException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Whether request events sent over HTTP fit their requests' histories (申请事件核对), decided as the
 * topic's intake will decide them: on the stored events plus the earlier events of the same body.
 * A fit here is not a promise (another sender may come first), but a misfit is refused before it is
 * produced, with the reason the dead-letter topic would give.
 */
@Component
public class RequestHistoryCheck {

    private final RequestEventStore store;
    private final CurrentRequestRules rules;

    RequestHistoryCheck(RequestEventStore store, CurrentRequestRules rules) {
        this.store = store;
        this.rules = rules;
    }

    /**
     * Why an event does not fit.
     *
     * @param code   the reason as the dead-letter header gives it, e.g. {@code extension-over-limit}, {@code out-of-range}
     * @param reason the refusal's reason; null for a day outside the calendar
     */
    public record Misfit(String code, Refusal.Reason reason, String message) {
    }

    /** For each event, in order: empty if it fits, else why not. */
    public List<Optional<Misfit>> check(List<CloudEvent<?>> events) {
        Set<String> requestIds = new LinkedHashSet<>();
        events.forEach(event -> requestIds.add(((RequestEvent) event.data()).requestId()));
        RequestFold fold = new RequestFold(store.load(requestIds), rules.rules());
        List<Optional<Misfit>> verdicts = new ArrayList<>();
        for (CloudEvent<?> event : events) {
            verdicts.add(verdict(fold, event));
        }
        return verdicts;
    }

    private static Optional<Misfit> verdict(RequestFold fold, CloudEvent<?> event) {
        RequestEvent data = (RequestEvent) event.data();
        try {
            return fold.apply(event.id(), data) instanceof RequestFold.Misfit misfit
                    ? Optional.of(new Misfit(misfit.refusal().reason().code(), misfit.refusal().reason(),
                    misfit.refusal().message())) : Optional.empty();
        } catch (CalendarException e) {
            return Optional.of(new Misfit("out-of-range", null, e.getMessage()));
        }
    }
}
