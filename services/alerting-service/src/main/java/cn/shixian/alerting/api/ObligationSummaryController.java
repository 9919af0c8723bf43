package cn.shixian.alerting.api;

import cn.shixian.web.query.RequestParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/obligations/summary}: the dashboard's numbers (统计) — what is open, overdue, met in time. */
@RestController
class ObligationSummaryController {

    private final ObligationSummaries summaries;

    ObligationSummaryController(ObligationSummaries summaries) {
        this.summaries = summaries;
    }

    @Operation(summary = "Obligations counted by state, region and responsible body (role OFFICER)",
            description = "onTimeRate = MET / (MET + MET_LATE), null when nothing was published yet.")
    @GetMapping("/api/obligations/summary")
    ObligationSummary summary(
            @Parameter(description = RequestParameters.REGION_DESCRIPTION + "; blank for all")
            @RequestParam(required = false) String region) {
        return summaries.summarize(RequestParameters.regionPrefix(region));
    }
}
