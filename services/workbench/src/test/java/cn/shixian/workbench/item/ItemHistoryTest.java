package cn.shixian.workbench.item;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.workbench.services.AlertItem;
import cn.shixian.workbench.services.Timeline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemHistoryTest {

    @Test
    void bothServicesStoriesMergeOldestFirst() {
        Timeline timeline = new Timeline("hami-1", null,
                List.of(new Timeline.Event("e1", "disclosure.item.created", "2026-12-20T09:00:00+08:00",
                        Instant.parse("2026-12-20T01:00:01Z"), "disclosure.items-0@1")),
                List.of(new Timeline.Obligation("hami-1", 1, "650500", "body", "title", Instant.parse("2026-12-20T01:00:00Z"),
                        LocalDate.of(2026, 12, 20), 20, null, false, LocalDate.of(2027, 1, 18),
                        Instant.parse("2027-01-18T16:00:00Z"), "cal-a", true, "OPEN", null, null, null,
                        Instant.parse("2026-12-20T01:00:02Z"), Instant.parse("2026-12-20T01:00:02Z"), "WORKING_DAYS", null)),
                List.of(), List.of(new Timeline.Recomputation(1, LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 19), "cal-b",
                        false, Instant.parse("2026-12-21T02:00:00Z"), "calendar CN:2027 loaded")));
        List<AlertItem> alerts = List.of(new AlertItem("a1", "DUE_SOON", "hami-1", 1, "650500", "body", "title",
                LocalDate.of(2027, 1, 19), 3, null, Instant.parse("2027-01-14T16:00:00Z"), true, "hami",
                Instant.parse("2027-01-15T01:00:00Z"), "在办"));

        assertThat(ItemHistory.of(timeline, alerts)).extracting(TimelineEntry::kind)
                .containsExactly("created", "opened", "recomputed", "alert", "ack");
    }
}
