package cn.shixian.deadline.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.deadline.access.DeadlineApiTest;
import cn.shixian.deadline.access.LocalUser;
import cn.shixian.testsupport.ApiClient;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.HttpApiTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/items/{itemId}/obligations/{version}/explanation} over real HTTP, for an
 * obligation the intake opened from an event sent through {@code POST /api/events}.
 */
@DeadlineApiTest
class ExplanationIntegrationTest extends HttpApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void explainsTwentyWorkingDaysFromTheTwentyFourthOfSeptember2025InHami() {
        String itemId = "explain-" + UUID.randomUUID();
        // the example: region 650500, changed 2025-09-24T10:30:00+08:00, "…之日起20个工作日内公开"
        ExampleEvent created = ExampleEvent.of("disclosure.item.created").forItem(itemId);
        assertThat(api.post("/api/events", "application/cloudevents+json", created.bytes(), LocalUser.INGEST).status())
                .isEqualTo(202);
        String path = "/api/items/" + itemId + "/obligations/1/explanation";
        ApiClient.Response response = await().atMost(Duration.ofSeconds(60)).until(() -> api.get(path, LocalUser.HAMI),
                r -> r.status() == 200);

        JsonNode explanation = response.json();
        assertThat(explanation.get("itemId").asString()).isEqualTo(itemId);
        assertThat(explanation.get("version").asInt()).isEqualTo(1);
        assertThat(explanation.get("region").asString()).isEqualTo("650500");
        assertThat(explanation.get("changedOn").asString()).isEqualTo("2025-09-24");
        assertThat(explanation.get("workingDays").asInt()).isEqualTo(20);
        assertThat(explanation.get("dueOn").asString()).isEqualTo("2025-10-28");
        assertThat(explanation.get("calendarVersion").asString())
                .isEqualTo(explanation.get("currentCalendarVersion").asString()).startsWith("cal-");
        assertThat(explanation.get("calendarChanged").asBoolean()).isFalse();
        assertThat(explanation.get("provisional").asBoolean()).isFalse();
        List<JsonNode> days = explanation.get("days").valueStream().toList();
        assertThat(days).hasSize(35);
        assertThat(days.getFirst().toString()).isEqualTo("""
                {"date":"2025-09-24","weekday":"WEDNESDAY","kind":"START_DAY","counted":false,"ordinal":null,\
                "names":[],"provisional":false}""");
        assertThat(days.get(4).toString()).isEqualTo("""
                {"date":"2025-09-28","weekday":"SUNDAY","kind":"MAKE_UP_WORKING_DAY","counted":true,"ordinal":3,\
                "names":["国庆节","中秋节"],"provisional":false}""");
        assertThat(days.subList(7, 15)).allSatisfy(day -> {
            assertThat(day.get("kind").asString()).isEqualTo("HOLIDAY");
            assertThat(day.get("counted").asBoolean()).isFalse();
            assertThat(day.get("names").toString()).isEqualTo("[\"国庆节\",\"中秋节\"]");
        }).extracting(day -> day.get("date").asString()).startsWith("2025-10-01").endsWith("2025-10-08");
        List<JsonNode> counted = days.stream().filter(d -> d.get("counted").asBoolean()).toList();
        assertThat(counted).hasSize(20);
        assertThat(counted.getLast().get("date").asString()).isEqualTo("2025-10-28");
        assertThat(counted.getLast().get("ordinal").asInt()).isEqualTo(20);
        assertThat(explanation.get("spans").valueStream().map(JsonNode::toString)).contains("""
                {"from":"2025-10-01","to":"2025-10-08","kind":"HOLIDAY","names":["国庆节","中秋节"],"days":8}""", """
                {"from":"2025-09-28","to":"2025-09-28","kind":"MAKE_UP_WORKING_DAY","names":["国庆节","中秋节"],"days":1}""",
                """
                {"from":"2025-09-27","to":"2025-09-27","kind":"WEEKEND","names":[],"days":1}""");
        assertThat(api.get(path, LocalUser.ADMIN).status()).isEqualTo(200);
    }

    @Test
    void anObligationOutsideTheCallersRegionsIsNotFoundLikeAnUnknownOne() {
        String itemId = "explain-" + UUID.randomUUID();
        insertObligation(itemId, "360702", "cal-0000000000000000");
        String path = "/api/items/" + itemId + "/obligations/1/explanation";

        JsonNode hidden = api.get(path, LocalUser.HAMI).problem(404);
        JsonNode unknown = api.get("/api/items/" + itemId + "/obligations/2/explanation", LocalUser.ZHANGGONG)
                .problem(404);

        assertThat(hidden.get("title").asString()).isEqualTo(unknown.get("title").asString())
                .isEqualTo("Obligation not found");
        assertThat(hidden.get("itemId").asString()).isEqualTo(itemId);
        assertThat(hidden.get("version").asInt()).isEqualTo(1);
        JsonNode explanation = api.get(path, LocalUser.ZHANGGONG).json();
        assertThat(explanation.get("calendarChanged").asBoolean()).as("counted on another calendar").isTrue();
        assertThat(explanation.get("calendarVersion").asString()).isEqualTo("cal-0000000000000000");
    }

    @Test
    void needsAnOfficerAndAVersionNumber() {
        api.get("/api/items/x/obligations/1/explanation", LocalUser.INGEST).problem(403);
        api.get("/api/items/x/obligations/1/explanation", null).problem(401);
        api.get("/api/items/x/obligations/first/explanation", LocalUser.OFFICER).problem(400);
    }

    private void insertObligation(String itemId, String region, String calendarVersion) {
        Instant changedAt = Instant.parse("2025-09-24T02:30:00Z");
        jdbc.sql("""
                insert into obligation (item_id, version, region, responsible_body, title, changed_at, changed_on, counted_from,
                    working_days, time_limit_unparsed, due_on, due_at, calendar_version, provisional, state,
                    opened_at, updated_at)
                values (:itemId, 1, :region, '章贡区人社局', '事项', :changedAt, :changedOn, :changedOn, 20, false, :dueOn,
                    :dueAt, :calendarVersion, false, 'OPEN', :changedAt, :changedAt)""")
                .param("itemId", itemId).param("region", region).param("changedAt", Timestamp.from(changedAt))
                .param("changedOn", LocalDate.of(2025, 9, 24)).param("dueOn", LocalDate.of(2025, 10, 28))
                .param("dueAt", Timestamp.from(Instant.parse("2025-10-28T16:00:00Z")))
                .param("calendarVersion", calendarVersion).update();
    }
}
