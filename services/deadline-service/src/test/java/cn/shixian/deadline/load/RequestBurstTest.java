package cn.shixian.deadline.load;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.RequestEvent;
import cn.shixian.deadline.request.RequestClock;
import cn.shixian.deadline.request.RequestDeadlines;
import cn.shixian.deadline.request.RequestHistory;
import cn.shixian.deadline.request.RequestRules;
import cn.shixian.deadline.request.RequestState;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The request harness's burst: every event fits its request's clock, and it says how many deadline events follow. */
class RequestBurstTest {

    private static final RequestRules RULES = RequestRules.statutory(WorkingDayCalendar.bundled());

    @Test
    void everyShapeFitsTheClockAndMakesTheDeadlineEventsItCounts() {
        RequestBurst burst = new RequestBurst(1_000, "test");
        EventCodec codec = new EventCodec();
        Map<String, List<RequestEvent>> requests = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        burst.produce((key, value) -> {
            keys.add(key);
            RequestEvent event = (RequestEvent) codec.decode(value).data();
            assertThat(event.requestId()).isEqualTo(key);
            requests.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
        });

        long deadlineEvents = 0;
        long late = 0;
        for (List<RequestEvent> events : requests.values()) {
            RequestHistory history = RequestHistory.empty();
            for (RequestEvent event : events) {
                RequestClock before = history.clock();
                history = history.apply(event, RULES);
                deadlineEvents += RequestDeadlines.of(before, history.clock(), event, RULES).size();
            }
            assertThat(history.refusals()).isEmpty();
            assertThat(history.clock().state()).isIn(RequestState.ANSWERED_ON_TIME, RequestState.ANSWERED_LATE);
            late += history.clock().state() == RequestState.ANSWERED_LATE ? 1 : 0;
        }
        assertThat((long) keys.size()).isEqualTo(burst.events()).isBetween(950L, 1_000L);
        assertThat(deadlineEvents).isEqualTo(burst.deadlineEvents());
        assertThat(late).isEqualTo(requests.size() / 4);
    }
}
