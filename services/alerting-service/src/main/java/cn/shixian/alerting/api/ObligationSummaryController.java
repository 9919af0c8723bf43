package cn.shixian.alerting.api;

import cn.shixian.alerting.access.KindParameter;
import cn.shixian.web.CurrentUsers;
import cn.shixian.web.query.RequestParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/obligations/summary}: the dashboard's numbers (统计) — what is open, overdue, met in time. */
@RestController
class ObligationSummaryController {

    private final ObligationSummaries summaries;
    private final CurrentUsers users;

    ObligationSummaryController(ObligationSummaries summaries, CurrentUsers users) {
        this.summaries = summaries;
        this.users = users;
    }

    @Operation(summary = "Obligations counted by state, region and responsible body (role OFFICER)",
            description = "Only obligations of the caller's regions (a region outside them counts nothing). "
                    + "onTimeRate = MET / (MET + MET_LATE), null when nothing was published yet.")
    @GetMapping("/api/obligations/summary")
    ObligationSummary summary(
            @Parameter(description = RequestParameters.REGION_DESCRIPTION + "; blank for all")
            @RequestParam(required = false) String region,
            @Parameter(description = KindParameter.DESCRIPTION) @RequestParam(required = false) String kind,
            Principal caller) {
        return summaries.summarize(RequestParameters.regionPrefix(region), KindParameter.of(kind), users.scopeOf(caller));
    }
}
