package cn.shixian.deadline.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/obligations}: the officers' list (义务清单) of what is due, by region and responsible body. */
@RestController
class ObligationListController {

    private final ObligationSearch search;

    ObligationListController(ObligationSearch search) {
        this.search = search;
    }

    @Operation(summary = "Obligations, a page at a time (role OFFICER)",
            description = "Ordered by due date, then item and version. Blank parameters mean any.")
    @GetMapping("/api/obligations")
    ObligationPage list(
            @Parameter(description = "OPEN, MET, MET_LATE or CANCELLED")
            @RequestParam(required = false) String state,
            @Parameter(description = "GB/T 2260 code or prefix, 2 to 6 digits: 65 = all of Xinjiang")
            @RequestParam(required = false) String region,
            @Parameter(description = "公开主体, exact name")
            @RequestParam(required = false) String responsibleBody,
            @Parameter(description = "from 0; default 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "1 to 500; default 50") @RequestParam(required = false) Integer size) {
        return search.find(ObligationFilter.of(state, region, responsibleBody, page, size));
    }
}
