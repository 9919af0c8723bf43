package cn.shixian.alerting.api;

import cn.shixian.web.query.Page;
import cn.shixian.web.query.PageRequest;
import cn.shixian.web.query.RequestParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The officers' alerts (预警): {@code GET /api/alerts} lists them, {@code POST /api/alerts/{id}/ack} acknowledges one. */
@RestController
class AlertController {

    private final Alerts alerts;

    AlertController(Alerts alerts) {
        this.alerts = alerts;
    }

    @Operation(summary = "Alerts, newest first, a page at a time (role OFFICER)",
            description = "Acknowledged alerts stay listed, with who acknowledged them and when. "
                    + "Blank parameters mean any.")
    @GetMapping("/api/alerts")
    Page<AlertView> list(
            @Parameter(description = "the alert type: DUE_SOON, OVERDUE, ESCALATED or PUBLISHED_LATE")
            @RequestParam(required = false) String state,
            @Parameter(description = RequestParameters.REGION_DESCRIPTION)
            @RequestParam(required = false) String region,
            @Parameter(description = "公开主体, exact name")
            @RequestParam(required = false) String responsibleBody,
            @Parameter(description = "true: acknowledged only; false: not yet acknowledged only")
            @RequestParam(required = false) String acknowledged,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @RequestParam(required = false) Integer page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @RequestParam(required = false) Integer size) {
        return alerts.find(AlertFilter.of(state, region, responsibleBody, acknowledged, page, size));
    }

    @Operation(summary = "Acknowledge an alert (role OFFICER)",
            description = "Records the caller as acknowledgedBy, the time and the optional comment (at most "
                    + AckRequest.MAX_COMMENT + " characters); the body may be left out. 404 for an unknown id, "
                    + "409 if it was acknowledged before (naming by whom and when).")
    @ApiResponse(responseCode = "200", description = "the acknowledged alert")
    @PostMapping(path = "/api/alerts/{id}/ack", consumes = MediaType.APPLICATION_JSON_VALUE)
    AlertView acknowledge(@Parameter(description = "the alert's UUID") @PathVariable String id,
                          @RequestBody(required = false) AckRequest request, Principal caller) {
        return alerts.acknowledge(RequestParameters.uuid("id", id), caller.getName(), AckRequest.commentOf(request));
    }
}
