package cn.shixian.alerting.trend;

import cn.shixian.web.CurrentUsers;
import cn.shixian.web.query.InvalidParameter;
import cn.shixian.web.query.RequestParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/obligations/trend}: how the overdue obligations (逾期趋势) of the caller's regions went, day by day. */
@RestController
class TrendController {

    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 366;

    private final OverdueTrends trends;
    private final CurrentUsers users;

    TrendController(OverdueTrends trends, CurrentUsers users) {
        this.trends = trends;
        this.users = users;
    }

    @Operation(summary = "Overdue and escalated obligations at the end of each day (role OFFICER)",
            description = "One point per day of the calendar zone, from today - days + 1 to today (counted now): "
                    + "obligations due by the end of that day (due_at) and neither met (published_at) nor cancelled "
                    + "by then; escalated = those past their escalation instant too, counted in overdue as well. "
                    + "From the read model as it is now: a due date moved by a recompute counts as if it had always "
                    + "been so. Only the caller's regions; a region outside them gives zeros.")
    @GetMapping("/api/obligations/trend")
    OverdueTrend trend(
            @Parameter(description = RequestParameters.REGION_DESCRIPTION + "; blank for all")
            @RequestParam(required = false) String region,
            @Parameter(description = "1 to " + MAX_DAYS + "; default " + DEFAULT_DAYS)
            @RequestParam(required = false) String days,
            Principal caller) {
        return trends.trend(RequestParameters.regionPrefix(region), days(days), users.scopeOf(caller));
    }

    private static int days(String value) {
        if (RequestParameters.blankToNull(value) == null) {
            return DEFAULT_DAYS;
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 1 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidParameter("days", "days must be a whole number from 1 to " + MAX_DAYS + "; was '" + value + "'");
    }
}
