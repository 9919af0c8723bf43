package cn.shixian.workbench.request;

import cn.shixian.workbench.WorkbenchSettings;
import cn.shixian.workbench.services.DeadlineApi;
import cn.shixian.workbench.services.Page;
import cn.shixian.workbench.services.RequestClock;
import cn.shixian.workbench.services.RequestSummary;
import cn.shixian.workbench.services.ServiceFailure;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The request list (依申请公开): the deadline-service's requests in the officer's regions, newest receipt
 * first, filtered by what its API filters (region prefix, state), 25 a page; each row with its subject
 * and, while the clock runs, the working days left or overdue on the region's calendar.
 */
@Controller
class RequestListController {

    static final int PAGE_SIZE = 25;

    private final DeadlineApi deadline;
    private final Clock clock;
    private final WorkbenchSettings settings;

    RequestListController(DeadlineApi deadline, Clock clock, WorkbenchSettings settings) {
        this.deadline = deadline;
        this.clock = clock;
        this.settings = settings;
    }

    @GetMapping("/requests")
    String list(@RequestParam(required = false) String region, @RequestParam(required = false) String state,
                @RequestParam(required = false) Integer page, Model model) {
        String prefix = region == null || region.isBlank() ? null : region.strip();
        String wanted = RequestStates.known(state);
        Page<RequestSummary> found = deadline.requests(prefix, wanted, page == null || page < 0 ? 0 : page, PAGE_SIZE);
        WorkingDays days = new WorkingDays(deadline::calendar);
        List<RequestRow> rows = found.content().stream().map(request -> row(request, days)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("found", found);
        model.addAttribute("region", prefix);
        model.addAttribute("state", wanted);
        model.addAttribute("states", RequestStates.ALL);
        model.addAttribute("filterQuery", filterQuery(prefix, wanted));
        return "requests";
    }

    private RequestRow row(RequestSummary request, WorkingDays days) {
        LocalDate today = LocalDate.now(clock.withZone(settings.zoneOf(request.region())));
        WorkingDays.Figures figures = "OPEN".equals(request.state())
                ? days.of(request.region(), request.dueOn(), today) : WorkingDays.Figures.NONE;
        return new RequestRow(request, subject(request.requestId()), figures.left(), figures.overdue());
    }

    /**
     * The request's subject (申请内容), which the list API does not give: asked per row of the page (at most
     * {@value #PAGE_SIZE}) until it does. Left blank if the clock cannot be read.
     */
    private String subject(String requestId) {
        try {
            RequestClock clock = deadline.request(requestId);
            return clock == null ? null : clock.subject();
        } catch (ServiceFailure unreadable) {
            return null;
        }
    }

    private static String filterQuery(String region, String state) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        if (region != null) {
            uri.queryParam("region", java.net.URLEncoder.encode(region, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (state != null) {
            uri.queryParam("state", state);
        }
        String query = uri.build().getQuery();
        return query == null ? "" : query;
    }
}
