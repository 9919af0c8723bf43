package cn.shixian.deadline.requestapi;

import cn.shixian.deadline.request.RequestClock;
import cn.shixian.deadline.request.RequestReport;
import cn.shixian.deadline.request.RequestRules;
import cn.shixian.deadline.requestintake.CurrentRequestRules;
import cn.shixian.deadline.requestintake.RequestEventStore;
import cn.shixian.deadline.requestintake.StoredRequest;
import cn.shixian.web.RegionScope;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Counts a year's request table (年度报告申请情况表) from the clocks of the requests that count in it,
 * folded from their events on the current calendar.
 */
@Component
class RequestReports {

    private final RequestSearch search;
    private final RequestEventStore store;
    private final CurrentRequestRules rules;

    RequestReports(RequestSearch search, RequestEventStore store, CurrentRequestRules rules) {
        this.search = search;
        this.store = store;
        this.rules = rules;
    }

    RequestReport of(int year, String regionPrefix, RegionScope scope) {
        RequestRules now = rules.rules();
        List<RequestClock> clocks = store.load(search.countingIn(year, regionPrefix, scope)).values().stream()
                .map(stored -> stored.clock(now)).flatMap(Optional::stream).toList();
        return RequestReport.of(year, clocks);
    }
}
