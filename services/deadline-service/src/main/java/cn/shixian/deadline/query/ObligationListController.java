package cn.shixian.deadline.query;

import cn.shixian.web.CurrentUsers;
import cn.shixian.web.query.Page;
import cn.shixian.web.query.PageRequest;
import cn.shixian.web.query.RequestParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/obligations}: the officers' list (义务清单) of what is due, by region and responsible body. */
@RestController
class ObligationListController {

    private final ObligationSearch search;
    private final CurrentUsers users;

    ObligationListController(ObligationSearch search, CurrentUsers users) {
        this.search = search;
        this.users = users;
    }

    @Operation(summary = "Obligations, a page at a time (role OFFICER)",
            description = "Ordered by due date, then item and version. Blank parameters mean any. Only obligations "
                    + "of the caller's regions: a region filter outside them gives an empty page.")
    @GetMapping("/api/obligations")
    Page<ObligationView> list(
            @Parameter(description = "OPEN, MET, MET_LATE or CANCELLED")
            @RequestParam(required = false) String state,
            @Parameter(description = RequestParameters.REGION_DESCRIPTION)
            @RequestParam(required = false) String region,
            @Parameter(description = "公开主体, exact name")
            @RequestParam(required = false) String responsibleBody,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @RequestParam(required = false) Integer page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @RequestParam(required = false) Integer size,
            @Parameter(hidden = true) Principal caller) {
        return search.find(ObligationFilter.of(state, region, responsibleBody, page, size), users.scopeOf(caller));
    }
}
