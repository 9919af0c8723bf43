package cn.shixian.deadline.query;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.deadline.access.DeadlineApiTest;
import cn.shixian.deadline.access.LocalUser;
import cn.shixian.testsupport.ApiClient;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.HttpApiTest;
import cn.shixian.testsupport.QueryParameterChecks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/items/{itemId}} and {@code GET /api/obligations} over real HTTP against rows
 * written straight into PostgreSQL. Every test uses its own item ids and responsible body, so the
 * rows of other tests sharing the database never show.
 */
@DeadlineApiTest
class QueryIntegrationTest extends HttpApiTest {

    private static final Instant T0 = Instant.parse("2025-09-24T02:30:00Z");

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsAnItemsWholeTimeline() {
        String itemId = "q-" + UUID.randomUUID();
        insertItem(itemId, 2);
        insertEvent("ev2-" + itemId, itemId, "disclosure.item.changed", "2025-11-03T09:00:02+08:00", T0.plusSeconds(60));
        insertEvent("ev1-" + itemId, itemId, "disclosure.item.created", "2025-09-24T10:30:05+08:00", T0);
        insertObligation(itemId, 2, "650500", "哈密市人社局", LocalDate.of(2025, 11, 17), "OPEN");
        insertObligation(itemId, 1, "650500", "哈密市人社局", LocalDate.of(2025, 10, 28), "MET");
        // origins of a topic of their own: the schema and the broker are shared with the intake's tests,
        // which must not find their records already rejected
        String origin = "query-test-" + itemId + "-0@";
        insertPublication("pub-" + itemId, itemId, 1, "https://www.hami.gov.cn/zwgk/1.html", origin + 3);
        insertPublication("late-" + itemId, itemId, 2, "https://www.hami.gov.cn/zwgk/2.html", origin + 4);
        jdbc.sql("""
                insert into rejected_record (origin, reason, detail, rejected_at)
                values (:origin, 'unknown-item', 'held too long', now())""").param("origin", origin + 4).update();

        ApiClient.Response response = api.get("/api/items/" + itemId, LocalUser.OFFICER);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode timeline = response.json();
        assertThat(timeline.get("itemId").asString()).isEqualTo(itemId);
        assertThat(timeline.at("/item/latestVersion").asInt()).isEqualTo(2);
        assertThat(timeline.at("/item/responsibleBody").asString()).isEqualTo("哈密市人社局");
        assertThat(timeline.get("events").valueStream().map(e -> e.get("eventId").asString()))
                .containsExactly("ev1-" + itemId, "ev2-" + itemId, "late-" + itemId, "pub-" + itemId);
        assertThat(timeline.at("/events/0/time").asString()).isEqualTo("2025-09-24T10:30:05+08:00");
        assertThat(timeline.at("/events/0/receivedAt").asString()).isEqualTo("2025-09-24T02:30:00Z");
        assertThat(timeline.at("/events/0/origin").asString()).isEqualTo("disclosure.items-0@1");
        assertThat(timeline.get("obligations").valueStream().map(o -> o.get("version").asInt())).containsExactly(1, 2);
        JsonNode open = timeline.at("/obligations/1");
        assertThat(open.get("dueOn").asString()).isEqualTo("2025-11-17");
        assertThat(open.get("calendarVersion").asString()).isEqualTo("cal-test");
        assertThat(open.get("provisional").asBoolean()).isTrue();
        assertThat(open.get("state").asString()).isEqualTo("OPEN");
        assertThat(open.get("timeLimitText").asString()).isEqualTo("20个工作日");
        assertThat(open.get("workingDaysLate").isNull()).isTrue();
        assertThat(timeline.get("publications")).as("the dead-lettered one is left out").singleElement()
                .satisfies(p -> {
                    assertThat(p.get("eventId").asString()).isEqualTo("pub-" + itemId);
                    assertThat(p.get("version").asInt()).isEqualTo(1);
                    assertThat(p.get("publishedAt").asString()).isEqualTo("2025-10-20T08:00:00Z");
                    assertThat(p.get("channel").asString()).isEqualTo("政府网站");
                    assertThat(p.get("url").asString()).isEqualTo("https://www.hami.gov.cn/zwgk/1.html");
                    assertThat(p.get("receivedAt").asString()).isEqualTo("2025-09-24T04:30:00Z");
                });
    }

    @Test
    void anItemKnownOnlyByItsEventsHasATimelineWithoutItem() {
        String itemId = "q-" + UUID.randomUUID();
        insertEvent("ev-" + itemId, itemId, "disclosure.item.published", "2025-10-20T16:00:00+08:00", T0);

        JsonNode timeline = api.get("/api/items/" + itemId, LocalUser.ADMIN).json();

        assertThat(timeline.get("item").isNull()).isTrue();
        assertThat(timeline.get("events")).hasSize(1);
        assertThat(timeline.get("obligations")).isEmpty();
    }

    @Test
    void anUnknownItemIs404Problem() {
        JsonNode problem = api.get("/api/items/never-heard-of", LocalUser.OFFICER).problem(404);

        assertThat(problem.get("detail").asString()).contains("never-heard-of");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/items/never-heard-of");
    }

    @Test
    void readingNeedsAnOfficer() {
        api.get("/api/items/whatever", null).problem(401);
        api.get("/api/obligations", null).problem(401);
        api.get("/api/items/whatever", LocalUser.INGEST).problem(403);
        api.get("/api/obligations", LocalUser.INGEST).problem(403);
    }

    @Test
    void listsObligationsByRegionPrefixStateAndBodyInDueOrder() {
        String body = "测试局-" + UUID.randomUUID();
        String a = "qa-" + UUID.randomUUID();
        String b = "qb-" + UUID.randomUUID();
        insertObligation(a, 1, "650500", body, LocalDate.of(2025, 10, 28), "OPEN");
        insertObligation(a, 2, "650500", body, LocalDate.of(2025, 11, 17), "OPEN");
        insertObligation(b, 1, "654002", body, LocalDate.of(2025, 10, 28), "OPEN");
        insertObligation(b, 2, "654002", body, LocalDate.of(2025, 9, 1), "MET_LATE");
        insertObligation("qc-" + UUID.randomUUID(), 1, "360702", body, LocalDate.of(2025, 9, 2), "OPEN");
        String byBody = "/api/obligations?responsibleBody=" + URLEncoder.encode(body, StandardCharsets.UTF_8);

        JsonNode xinjiangOpen = api.get(byBody + "&region=65&state=OPEN", LocalUser.OFFICER).json();

        assertThat(xinjiangOpen.get("totalElements").asLong()).isEqualTo(3);
        assertThat(xinjiangOpen.get("content").valueStream().map(o -> o.get("itemId").asString() + "/" + o.get("version").asInt()))
                .containsExactly(earlier(a, b) + "/1", later(a, b) + "/1", a + "/2");
        assertThat(api.get(byBody + "&region=6540", LocalUser.OFFICER).json().get("totalElements").asLong()).isEqualTo(2);
        assertThat(api.get(byBody + "&state=MET_LATE", LocalUser.OFFICER).json().at("/content/0/workingDaysLate").asInt())
                .isEqualTo(3);
        assertThat(api.get(byBody + "&state=&region=", LocalUser.OFFICER).json().get("totalElements").asLong()).isEqualTo(5);
    }

    @Test
    void pagesThroughTheList() {
        String body = "分页局-" + UUID.randomUUID();
        for (int day = 1; day <= 5; day++) {
            insertObligation("qp-" + day + "-" + UUID.randomUUID(), 1, "650500", body, LocalDate.of(2025, 10, day), "OPEN");
        }
        String byBody = "/api/obligations?responsibleBody=" + URLEncoder.encode(body, StandardCharsets.UTF_8);

        JsonNode second = api.get(byBody + "&page=1&size=2", LocalUser.OFFICER).json();
        JsonNode beyond = api.get(byBody + "&page=3&size=2", LocalUser.OFFICER).json();
        JsonNode defaults = api.get(byBody, LocalUser.OFFICER).json();

        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(2);
        assertThat(second.get("totalElements").asLong()).isEqualTo(5);
        assertThat(second.get("totalPages").asInt()).isEqualTo(3);
        assertThat(second.get("content").valueStream().map(o -> o.get("dueOn").asString()))
                .containsExactly("2025-10-03", "2025-10-04");
        assertThat(beyond.get("content")).isEmpty();
        assertThat(defaults.get("page").asInt()).isZero();
        assertThat(defaults.get("size").asInt()).isEqualTo(50);
        assertThat(defaults.get("content")).hasSize(5);
    }

    @Test
    void badParametersAre400ProblemsThatSayWhatIsAllowed() {
        JsonNode state = api.get("/api/obligations?state=OVERDUE", LocalUser.OFFICER).problem(400);
        assertThat(state.get("parameter").asString()).isEqualTo("state");
        assertThat(state.get("allowedValues").valueStream().map(JsonNode::asString))
                .containsExactly("OPEN", "MET", "MET_LATE", "CANCELLED");
        assertThat(state.get("detail").asString()).contains("OPEN, MET, MET_LATE, CANCELLED");

        QueryParameterChecks.refusesBadRegionsAndPaging(api, "/api/obligations", LocalUser.OFFICER);
    }

    private static String earlier(String a, String b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static String later(String a, String b) {
        return a.compareTo(b) < 0 ? b : a;
    }

    private void insertItem(String itemId, int version) {
        jdbc.sql("""
                insert into item (item_id, latest_version, region, responsible_body, title, mode, updated_at)
                values (:itemId, :version, '650500', '哈密市人社局', '养老保险待遇领取资格认证', 'ACTIVE', :at)""")
                .param("itemId", itemId).param("version", version).param("at", Timestamp.from(T0)).update();
    }

    private void insertEvent(String eventId, String itemId, String type, String time, Instant receivedAt) {
        jdbc.sql("""
                insert into item_event (event_id, item_id, type, received_at, payload, origin, occurred_at)
                values (:eventId, :itemId, :type, :receivedAt, cast(:payload as jsonb), 'disclosure.items-0@1',
                    cast(:time as timestamptz))""")
                .param("eventId", eventId).param("itemId", itemId).param("type", type).param("time", time)
                .param("receivedAt", Timestamp.from(receivedAt))
                .param("payload", "{\"id\":\"" + eventId + "\",\"type\":\"" + type + "\",\"time\":\"" + time + "\"}")
                .update();
    }

    /**
     * A publication as the event log keeps it: the whole event as sent, here with a byte order mark
     * in front, which the codec accepts (so must the timeline).
     */
    private void insertPublication(String eventId, String itemId, int version, String url, String origin) {
        ExampleEvent event = ExampleEvent.of("disclosure.item.published").forItem(itemId).with("version", version)
                .with("publishedAt", "2025-10-20T16:00:00+08:00").with("channel", "政府网站").with("url", url);
        ((ObjectNode) event.json()).put("id", eventId);
        String payload = "\uFEFF" + new String(event.bytes(), StandardCharsets.UTF_8);
        jdbc.sql("""
                insert into item_event (event_id, item_id, type, received_at, payload, origin, event_time, occurred_at)
                values (:eventId, :itemId, 'disclosure.item.published', :receivedAt, :payload, :origin,
                    '2025-10-20T16:00:01+08:00', '2025-10-20T16:00:01+08:00')""")
                .param("eventId", eventId).param("itemId", itemId).param("receivedAt", Timestamp.from(T0.plusSeconds(7200)))
                .param("payload", payload).param("origin", origin).update();
    }

    private void insertObligation(String itemId, int version, String region, String body, LocalDate dueOn, String state) {
        boolean late = state.equals("MET_LATE");
        jdbc.sql("""
                insert into obligation (item_id, version, region, responsible_body, title, changed_at, changed_on, counted_from,
                    working_days, time_limit_text, time_limit_unparsed, due_on, due_at, calendar_version, provisional,
                    state, published_at, working_days_late, opened_at, updated_at)
                values (:itemId, :version, :region, :body, '事项', :changedAt, :changedOn, :changedOn, 20, '20个工作日', false,
                    :dueOn, :dueAt, 'cal-test', true, :state, :publishedAt, :late, :changedAt, :changedAt)""")
                .param("itemId", itemId).param("version", version).param("region", region).param("body", body)
                .param("changedAt", Timestamp.from(T0)).param("changedOn", LocalDate.of(2025, 9, 24))
                .param("dueOn", dueOn).param("dueAt", Timestamp.from(dueOn.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(8))))
                .param("state", state)
                .param("publishedAt", late ? Timestamp.from(T0.plusSeconds(86_400L * 40)) : null)
                .param("late", late ? 3 : null)
                .update();
    }
}
