package cn.shixian.deadline.query;

import cn.shixian.web.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/items/{itemId}}: one item's history (事项时间线), for an officer asking "why is this overdue?". */
@RestController
class ItemTimelineController {

    private final ItemTimelines timelines;
    private final CurrentUsers users;

    ItemTimelineController(ItemTimelines timelines, CurrentUsers users) {
        this.timelines = timelines;
        this.users = users;
    }

    @Operation(summary = "An item's timeline (role OFFICER)", description = """
            The item's latest revision, every event received for it, its obligations (one per version, with \
            due date, calendar version, provisional flag and state), its publications and the recomputations \
            of its due dates by calendar notices (version, previousDueOn, dueOn, calendarVersion, provisional, \
            recomputedAt, reason), each oldest first. 404 if the service \
            has never received an event of the item, or if the item's region is outside the caller's regions \
            (the same problem: what is out of scope does not exist for the caller).""")
    @GetMapping("/api/items/{itemId}")
    ItemTimeline timeline(@PathVariable String itemId, @Parameter(hidden = true) Principal caller) {
        return timelines.find(itemId, users.scopeOf(caller)).orElseThrow(() -> new ItemNotFound(itemId));
    }
}
