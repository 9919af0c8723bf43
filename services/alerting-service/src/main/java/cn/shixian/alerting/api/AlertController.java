package cn.shixian.alerting.api;

import cn.shixian.alerting.access.KindParameter;
import cn.shixian.web.CurrentUsers;
import cn.shixian.web.query.Page;
import cn.shixian.web.query.PageRequest;
import cn.shixian.web.query.RequestParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The officers' alerts (预警): {@code GET /api/alerts} lists them, {@code GET /api/alerts/{id}} shows
 * one, {@code POST /api/alerts/{id}/ack} acknowledges one and {@code POST /api/alerts/ack} many. Each
 * caller sees and acknowledges only the alerts of their regions; the others answer as unknown ids.
 */
@RestController
class AlertController {

    private final Alerts alerts;
    private final CurrentUsers users;

    AlertController(Alerts alerts, CurrentUsers users) {
        this.alerts = alerts;
        this.users = users;
    }

    @Operation(summary = "Alerts, newest first, a page at a time (role OFFICER)",
            description = "Only alerts of the caller's regions; a region outside them gives an empty page. "
                    + "Acknowledged alerts stay listed, with who acknowledged them and when. Blank parameters mean any.")
    @GetMapping("/api/alerts")
    Page<AlertView> list(
            @Parameter(description = KindParameter.DESCRIPTION) @RequestParam(required = false) String kind,
            @Parameter(description = "the alert type: DUE_SOON, OVERDUE, ESCALATED or PUBLISHED_LATE (for a "
                    + "request: answered late)")
            @RequestParam(required = false) String state,
            @Parameter(description = RequestParameters.REGION_DESCRIPTION)
            @RequestParam(required = false) String region,
            @Parameter(description = "公开主体, exact name")
            @RequestParam(required = false) String responsibleBody,
            @Parameter(description = "one item's alerts (all its versions), exact itemId")
            @RequestParam(required = false) String itemId,
            @Parameter(description = "true: acknowledged only; false: not yet acknowledged only")
            @RequestParam(required = false) String acknowledged,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @RequestParam(required = false) Integer page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @RequestParam(required = false) Integer size,
            Principal caller) {
        return alerts.find(AlertFilter.of(kind, state, region, responsibleBody, itemId, acknowledged, page, size),
                users.scopeOf(caller));
    }

    @Operation(summary = "One alert (role OFFICER)",
            description = "404 for an unknown id and for an alert outside the caller's regions alike.")
    @ApiResponse(responseCode = "200", description = "the alert")
    @GetMapping("/api/alerts/{id}")
    AlertView get(@Parameter(description = "the alert's UUID") @PathVariable String id, Principal caller) {
        UUID alertId = RequestParameters.uuid("id", id);
        return alerts.find(alertId, users.scopeOf(caller)).orElseThrow(() -> new AlertNotFound(alertId));
    }

    @Operation(summary = "Acknowledge an alert (role OFFICER)",
            description = "Records the caller as acknowledgedBy, the time and the optional comment (at most "
                    + AckRequest.MAX_COMMENT + " characters); the body may be left out. 404 for an unknown id "
                    + "or one outside the caller's regions, 409 if it was acknowledged before (naming by whom and when).")
    @ApiResponse(responseCode = "200", description = "the acknowledged alert")
    @PostMapping(path = "/api/alerts/{id}/ack", consumes = MediaType.APPLICATION_JSON_VALUE)
    AlertView acknowledge(@Parameter(description = "the alert's UUID") @PathVariable String id,
                          @RequestBody(required = false) AckRequest request, Principal caller) {
        return alerts.acknowledge(RequestParameters.uuid("id", id), caller.getName(), AckRequest.commentOf(request),
                users.scopeOf(caller));
    }

    @Operation(summary = "Acknowledge many alerts at once (role OFFICER)",
            description = "Body {\"ids\": [1 to " + BulkAckRequest.MAX_IDS + " UUIDs], \"comment\": optional, at most "
                    + AckRequest.MAX_COMMENT + " characters}. Each alert is acknowledged first come, first served, as "
                    + "by POST /api/alerts/{id}/ack; the answer says for each id whether the caller acknowledged it "
                    + "now, someone did before (by whom and when), or it was not found (unknown, or outside the "
                    + "caller's regions). 400 naming ids for none, too many, or one that is no UUID.")
    @ApiResponse(responseCode = "200", description = "acknowledged, alreadyAcknowledged and notFound, each in the order asked")
    @PostMapping(path = "/api/alerts/ack", consumes = MediaType.APPLICATION_JSON_VALUE)
    BulkAcknowledgement acknowledgeAll(@RequestBody(required = false) BulkAckRequest request, Principal caller) {
        return alerts.acknowledgeAll(BulkAckRequest.idsOf(request), caller.getName(), BulkAckRequest.commentOf(request),
                users.scopeOf(caller));
    }
}
