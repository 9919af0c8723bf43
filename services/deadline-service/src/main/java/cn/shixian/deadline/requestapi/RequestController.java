package cn.shixian.deadline.requestapi;

import cn.shixian.deadline.request.RequestState;
import cn.shixian.deadline.requestintake.CurrentRequestRules;
import cn.shixian.deadline.requestintake.RequestEventStore;
import cn.shixian.web.CurrentUsers;
import cn.shixian.web.RegionScope;
import cn.shixian.web.query.Page;
import cn.shixian.web.query.PageRequest;
import cn.shixian.web.query.RequestParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests for government information (依申请公开): {@code GET /api/requests} pages through where they
 * stand, {@code GET /api/requests/{id}} explains one clock. Only within the caller's regions; one
 * outside them is not found, as an unknown one is.
 */
@RestController
class RequestController {

    private final RequestSearch search;
    private final RequestEventStore store;
    private final CurrentRequestRules rules;
    private final CurrentUsers users;

    RequestController(RequestSearch search, RequestEventStore store, CurrentRequestRules rules, CurrentUsers users) {
        this.search = search;
        this.store = store;
        this.rules = rules;
        this.users = users;
    }

    @Operation(summary = "Requests, a page at a time (role OFFICER)", description = """
            Newest receipt first. Blank parameters mean any. Only requests of the caller's regions.""")
    @GetMapping("/api/requests")
    Page<RequestSummary> list(
            @Parameter(description = RequestParameters.REGION_DESCRIPTION)
            @RequestParam(required = false) String region,
            @Parameter(description = "OPEN, WAITING_FOR_CORRECTION, IN_CONSULTATION, ANSWERED_ON_TIME, "
                    + "ANSWERED_LATE, WITHDRAWN or CLOSED_NOT_CORRECTED")
            @RequestParam(required = false) String state,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @RequestParam(required = false) Integer page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @RequestParam(required = false) Integer size,
            @Parameter(hidden = true) Principal caller) {
        RequestState wanted = RequestParameters.oneOf("state", state, RequestState.class);
        return search.find(RequestParameters.regionPrefix(region), wanted == null ? null : wanted.name(),
                PageRequest.of(page, size), users.scopeOf(caller));
    }

    @Operation(summary = "One request's clock explained (role OFFICER)", description = """
            Counted now on the current calendar from the request's events: due date and why, pauses, \
            extensions, flags (arts. 30, 32), steps and the answer, on time or late by how many working days.""")
    @GetMapping("/api/requests/{requestId}")
    RequestDetail detail(@PathVariable String requestId, @Parameter(hidden = true) Principal caller) {
        RegionScope scope = users.scopeOf(caller);
        return store.find(requestId).flatMap(stored -> stored.clock(rules.rules()))
                .filter(clock -> scope.permits(clock.request().region()))
                .map(RequestDetail::of).orElseThrow(() -> new RequestNotFound(requestId));
    }
}
