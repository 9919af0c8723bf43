package cn.shixian.alerting.worklist;

import cn.shixian.alerting.access.KindParameter;
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

/** {@code GET /api/obligations}: the officers' worklist (待办) — what is still to be published, and how late. */
@RestController
class WorklistController {

    private final Worklist worklist;
    private final CurrentUsers users;

    WorklistController(Worklist worklist, CurrentUsers users) {
        this.worklist = worklist;
        this.users = users;
    }

    @Operation(summary = "Obligations of the caller's regions, filtered and sorted, a page at a time (role OFFICER)",
            description = "By default the open ones (OPEN, DUE_SOON, OVERDUE, ESCALATED), oldest due date first. "
                    + "workingDaysLeft (OPEN, DUE_SOON) and workingDaysOverdue (OVERDUE, ESCALATED) are counted "
                    + "today on the calendar of each row's region, as the alerts count them; openAlertId is the "
                    + "newest alert of the obligation nobody has acknowledged yet. A region outside the caller's "
                    + "gives an empty page. Blank parameters mean any.")
    @GetMapping("/api/obligations")
    Page<WorklistRow> list(
            @Parameter(description = KindParameter.DESCRIPTION) @RequestParam(required = false) String kind,
            @Parameter(description = "states, comma-separated: OPEN, DUE_SOON, OVERDUE, ESCALATED, PAUSED, MET, MET_LATE, "
                    + "CANCELLED; default the open ones: OPEN,DUE_SOON,OVERDUE,ESCALATED,PAUSED")
            @RequestParam(required = false) String state,
            @Parameter(description = RequestParameters.REGION_DESCRIPTION)
            @RequestParam(required = false) String region,
            @Parameter(description = "公开主体, exact name")
            @RequestParam(required = false) String responsibleBody,
            @Parameter(description = "a piece of any category level (一级/二级/三级事项), any case")
            @RequestParam(required = false) String category,
            @Parameter(description = "a piece of the title or the itemId, any case")
            @RequestParam(required = false) String q,
            @Parameter(description = "one item (all its versions), exact itemId")
            @RequestParam(required = false) String itemId,
            @Parameter(description = "due on or before this day, YYYY-MM-DD")
            @RequestParam(required = false) String dueOnOrBefore,
            @Parameter(description = "due on or after this day, YYYY-MM-DD")
            @RequestParam(required = false) String dueOnOrAfter,
            @Parameter(description = "0 to 60: due on or before the N-th working day after today (overdue ones "
                    + "included; 0 = today, or the next working day if today is none), on the calendar of region "
                    + "if it is a 6-digit code, else the national one")
            @RequestParam(required = false) String dueWithinWorkingDays,
            @Parameter(description = "dueOn (default), -dueOn, title or region; then itemId, version")
            @RequestParam(required = false) String sort,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @RequestParam(required = false) Integer page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @RequestParam(required = false) Integer size,
            Principal caller) {
        return worklist.find(WorklistFilter.of(kind, state, region, responsibleBody, category, q, itemId, dueOnOrBefore,
                dueOnOrAfter, dueWithinWorkingDays, sort, page, size), users.scopeOf(caller));
    }
}
