package cn.shixian.deadline.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.contracts.DeadlineRecomputed;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.TimeLimitSet;
import cn.shixian.contracts.Topic;
import cn.shixian.deadline.access.DeadlineApiTest;
import cn.shixian.deadline.access.LocalUser;
import cn.shixian.testsupport.ApiClient;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.HttpApiTest;
import cn.shixian.testsupport.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code PUT /api/items/{itemId}/time-limit} over real HTTP, Kafka and PostgreSQL: an officer of the
 * item's region reads text the parser refused as 30 calendar days; the obligation moves, the reading
 * is recorded with who and when, and the events say so.
 */
@DeadlineApiTest
class ReadingIntegrationTest extends HttpApiTest {

    private static final String THIRTY_DAYS = """
            {"kind": "CALENDAR_DAYS", "calendarDays": 30}""";

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerReadsUnreadableTextAsThirtyCalendarDaysAndTheObligationMoves() {
        String itemId = created("每年组织一次评审");

        ApiClient.Response response = api.put(path(itemId), "application/json", THIRTY_DAYS, LocalUser.HAMI);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode set = response.json();
        assertThat(set.get("previousKind").asString()).isEqualTo("WORKING_DAYS");
        assertThat(set.get("setBy").asString()).isEqualTo("hami");
        assertThat(set.at("/reading/text").asString()).isEqualTo("每年组织一次评审");
        assertThat(set.at("/obligations/0/change").asString()).isEqualTo("RECOUNTED");
        // 2025-09-24 + 30 days: 2025-10-24, a Friday
        assertThat(set.at("/obligations/0/dueOn").asString()).isEqualTo("2025-10-24");
        assertThat(set.at("/obligations/0/previousDueOn").asString()).isEqualTo("2025-10-28");
        assertThat(jdbc.sql("select due_on::text || ' ' || limit_kind || ' ' || time_limit_unparsed from obligation"
                + " where item_id = ?").param(itemId).query(String.class).single())
                .isEqualTo("2025-10-24 CALENDAR_DAYS false");
        assertThat(jdbc.sql("select set_by || ' ' || previous_kind || ' ' || (reading->>'kind') from time_limit_reading"
                + " where item_id = ?").param(itemId).query(String.class).list())
                .containsExactly("hami WORKING_DAYS CALENDAR_DAYS");
        assertThat(jdbc.sql("select reason from recomputation where item_id = ?").param(itemId).query(String.class)
                .list()).as("on the item's timeline").containsExactly("时限认定：hami 改读为 30日（日历日）");
        try (TopicProbe deadlines = TopicProbe.of(Topic.DEADLINES.topicName())) {
            var events = deadlines.awaitKey(itemId, 3).stream().map(r -> new EventCodec().decode(r.value()).data())
                    .toList();
            assertThat(events.get(1)).isInstanceOfSatisfying(TimeLimitSet.class,
                    e -> assertThat(e.reading().calendarDays()).isEqualTo(30));
            assertThat(events.get(2)).isInstanceOfSatisfying(DeadlineRecomputed.class, e -> {
                assertThat(e.dueOn()).isEqualTo("2025-10-24");
                assertThat(e.timeLimitKind()).isEqualTo("CALENDAR_DAYS");
            });
        }
    }

    @Test
    void aBodyThatIsNoReadingIsRefusedNamingTheFieldAndRule() {
        String itemId = created("每年组织一次评审");

        ApiClient.Response missing = api.put(path(itemId), "application/json", """
                {"kind": "CALENDAR_DAYS"}""", LocalUser.HAMI);
        assertThat(errors(missing.problem(400))).containsExactly(Map.of("field", "/calendarDays", "rule", "required"));

        ApiClient.Response noKind = api.put(path(itemId), "application/json", """
                {"workingDays": 30}""", LocalUser.HAMI);
        assertThat(errors(noKind.problem(400))).containsExactly(Map.of("field", "/kind", "rule", "required"));
        ApiClient.Response tooMany = api.put(path(itemId), "application/json", """
                {"kind": "CALENDAR_DAYS", "calendarDays": 100001}""", LocalUser.HAMI);
        assertThat(errors(tooMany.problem(400))).containsExactly(Map.of("field", "/calendarDays", "rule", "maximum"));
        assertThat(jdbc.sql("select count(*) from time_limit_reading where item_id = ?").param(itemId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyAnOfficerOfTheItemsRegionOrAnAdminMaySetAReading() {
        String itemId = created("每年组织一次评审");

        assertThat(api.put(path(itemId), "application/json", THIRTY_DAYS, LocalUser.ZHANGGONG).status())
                .as("another region's officer learns nothing of it").isEqualTo(404);
        assertThat(api.put(path(itemId), "application/json", THIRTY_DAYS, LocalUser.INGEST).status()).isEqualTo(403);
        assertThat(api.put(path("no-such-item"), "application/json", THIRTY_DAYS, LocalUser.ADMIN).status())
                .isEqualTo(404);
        assertThat(api.put(path(itemId), "application/json", THIRTY_DAYS, LocalUser.ADMIN).status()).isEqualTo(200);
    }

    @Test
    void aRetiredItemTakesNoReading() {
        String itemId = created("每年组织一次评审");
        api.post("/api/events", "application/cloudevents+json", ExampleEvent.of("disclosure.item.retired")
                .forItem(itemId).bytes(), LocalUser.INGEST);
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("select retired_at is not null from item"
                + " where item_id = ?").param(itemId).query(Boolean.class).single());

        ApiClient.Response refused = api.put(path(itemId), "application/json", THIRTY_DAYS, LocalUser.HAMI);

        assertThat(refused.problem(409).get("detail").asString()).contains("retired");
    }

    /** An item of 650500 changed 2025-09-24 with this 公开时限, once its obligation is open. */
    private String created(String text) {
        String itemId = "reading-" + UUID.randomUUID();
        ExampleEvent created = ExampleEvent.of("disclosure.item.created").forItem(itemId)
                .with("timeLimit", Map.of("text", text));
        assertThat(api.post("/api/events", "application/cloudevents+json", created.bytes(), LocalUser.INGEST).status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("select count(*) from obligation where item_id = ?")
                .param(itemId).query(Long.class).single() == 1);
        return itemId;
    }

    private static String path(String itemId) {
        return "/api/items/" + itemId + "/time-limit";
    }

    private static List<Map<String, String>> errors(JsonNode problem) {
        return problem.get("errors").valueStream()
                .map(e -> Map.of("field", e.get("field").asString(), "rule", e.get("rule").asString())).toList();
    }
}
