package cn.shixian.deadline.query;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/items/{itemId}}: one item's history (事项时间线), for an officer asking "why is this overdue?". */
@RestController
class ItemTimelineController {

    private final ItemTimelines timelines;

    ItemTimelineController(ItemTimelines timelines) {
        this.timelines = timelines;
    }

    @Operation(summary = "An item's timeline (role OFFICER)", description = """
            The item's latest revision, every event received for it, its obligations (one per version, with \
            due date, calendar version, provisional flag and state) and its publications. 404 if the service \
            has never received an event of the item.""")
    @GetMapping("/api/items/{itemId}")
    ItemTimeline timeline(@PathVariable String itemId) {
        return timelines.find(itemId).orElseThrow(() -> new ItemNotFound(itemId));
    }
}
