package cn.shixian.deadline.calendar;

import static cn.shixian.testsupport.TopicProbe.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shixian.contracts.Topic;
import cn.shixian.deadline.access.DeadlineApiTest;
import cn.shixian.deadline.access.LocalUser;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.HttpApiTest;
import cn.shixian.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Loading next year's notice recounts exactly the open obligations whose counted days reach into
 * it, one deadline.recomputed each, and the item timeline lists every recomputation; the notice is
 * announced on the compacted calendars topic. In the API tests' context, to read the timeline over
 * HTTP without starting a context of its own.
 */
@DeadlineApiTest
class CalendarLoadingIntegrationTest extends HttpApiTest {

    /** 2027 as the State Council might announce it, in holiday-cn's per-year format: 元旦 1-4 Jan. */
    private static final String NOTICE_2027 = """
            {"year": 2027, "papers": ["https://www.gov.cn/test-2027"], "days": [
              {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
              {"name": "元旦", "date": "2027-01-04", "isOffDay": true}]}""";

    /** Its correction: 元旦 on 1 January only. */
    private static final String NOTICE_2027_CORRECTED = """
            {"year": 2027, "papers": ["https://www.gov.cn/test-2027-corrected"], "days": [
              {"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}""";

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    CalendarLoading loading;
    @Autowired
    CurrentCalendar current;

    @Test
    void aNewNoticeRecountsTheObligationsItTouchesAndNoOthers() {
        String provisional = item();
        String xinjiang = item();
        String in2025 = item();
        String met = item();
        send(created(provisional).with("region", "110101").with("changedAt", "2026-12-20T10:00:00+08:00"));
        send(created(xinjiang).with("region", "654002").with("changedAt", "2026-12-20T10:00:00+08:00"));
        send(created(in2025));
        send(created(met).with("changedAt", "2026-12-20T10:00:00+08:00"));
        send(ExampleEvent.of("disclosure.item.published").forItem(met).with("publishedAt", "2026-12-21T10:00:00+08:00"));
        try (TopicProbe deadlines = TopicProbe.of(Topic.DEADLINES.topicName());
             TopicProbe calendars = TopicProbe.of(Topic.CALENDARS.topicName())) {
            assertThat(value(deadlines.awaitKey(provisional, 1).getFirst()))
                    .contains("\"dueOn\":\"2027-01-18\"", "\"provisional\":true");
            deadlines.awaitKey(xinjiang, 1);
            deadlines.awaitKey(in2025, 1);
            deadlines.awaitKey(met, 2);

            NoticeLoaded loaded = loading.load("CN", 2027, NOTICE_2027, false, "test");

            assertThat(loaded.changed()).isTrue();
            assertThat(loaded.recomputed()).isGreaterThanOrEqualTo(2);
            assertThat(value(deadlines.awaitKey(provisional, 2).get(1))).contains("disclosure.deadline.recomputed",
                    "\"dueOn\":\"2027-01-19\"", "\"previousDueOn\":\"2027-01-18\"", "\"provisional\":false");
            // Xinjiang's own 2026 and 2027 notices are still missing: moved, but still provisional
            assertThat(value(deadlines.awaitKey(xinjiang, 2).get(1)))
                    .contains("\"dueOn\":\"2027-01-19\"", "\"provisional\":true");
            assertThat(deadlines.settle(r -> in2025.equals(r.key()) || met.equals(r.key()), Duration.ofMillis(500)))
                    .hasSize(3);
            assertThat(value(calendars.awaitKey("CN:2027", 1).getLast())).contains("disclosure.calendar.loaded");
        }
        assertThat(current.calendar().isProvisional(2027, cn.shixian.workcalendar.RegionCode.NATIONAL)).isFalse();
        assertThat(loading.load("CN", 2027, NOTICE_2027, false, "test").changed()).isFalse();
        assertThatThrownBy(() -> loading.load("CN", 2027, NOTICE_2027.replace("01-04", "01-05"), false, "test"))
                .isInstanceOf(NoticeConflict.class).hasMessageContaining("2027-01-0");
        assertThatThrownBy(() -> loading.load("CN", 2028, NOTICE_2027, false, "test"))
                .isInstanceOf(InvalidNoticeRequest.class).hasMessageContaining("2027");

        // corrected: 元旦 on 1 January only, so the due date moves back a day
        NoticeLoaded corrected = loading.load("CN", 2027, NOTICE_2027_CORRECTED, true, "test");
        assertThat(corrected.recomputed()).isGreaterThanOrEqualTo(2);

        JsonNode timeline = api.get("/api/items/" + provisional, LocalUser.OFFICER).json();
        JsonNode recomputations = timeline.get("recomputations");
        assertThat(recomputations).as(timeline.toString()).hasSize(2);
        JsonNode first = recomputations.get(0);
        JsonNode second = recomputations.get(1);
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("previousDueOn").asString()).isEqualTo("2027-01-18");
        assertThat(first.get("dueOn").asString()).isEqualTo("2027-01-19");
        assertThat(first.get("provisional").asBoolean()).isFalse();
        assertThat(first.get("reason").asString()).isEqualTo("calendar CN:2027 loaded");
        assertThat(second.get("previousDueOn").asString()).isEqualTo("2027-01-19");
        assertThat(second.get("dueOn").asString()).isEqualTo("2027-01-18");
        assertThat(second.get("reason").asString()).isEqualTo("calendar CN:2027 corrected");
        assertThat(second.get("calendarVersion").asString()).startsWith("cal-")
                .isEqualTo(timeline.at("/obligations/0/calendarVersion").asString())
                .isNotEqualTo(first.get("calendarVersion").asString());
        assertThat(Instant.parse(second.get("recomputedAt").asString()))
                .isAfterOrEqualTo(Instant.parse(first.get("recomputedAt").asString()));
        assertThat(timeline.at("/obligations/0/dueOn").asString()).isEqualTo("2027-01-18");
        assertThat(api.get("/api/items/" + in2025, LocalUser.OFFICER).json().get("recomputations")).isEmpty();
    }

    private void send(ExampleEvent event) {
        kafka.send(Topic.ITEMS.topicName(), event.json().get("subject").asString(), event.bytes());
    }

    private static String item() {
        return "cal-" + UUID.randomUUID();
    }

    private static ExampleEvent created(String itemId) {
        return ExampleEvent.of("disclosure.item.created").forItem(itemId);
    }
}
