package cn.shixian.alerting.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.alerting.access.AlertingApiTest;
import cn.shixian.alerting.access.LocalUser;
import cn.shixian.testsupport.ApiClient;
import cn.shixian.testsupport.QueryParameterChecks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/alerts} and {@code POST /api/alerts/{id}/ack} over real HTTP, on alerts in a real PostgreSQL. */
@AlertingApiTest
class AlertApiIntegrationTest extends ReadModelApiTest {

    @Test
    void listsAlertsNewestFirstFilteredByTypeRegionBodyAndAcknowledgement() {
        String prefix = ReadModelRows.newRegionPrefix();
        Instant t = Instant.parse("2026-03-02T01:00:00Z");
        UUID oldest = rows.alert("DUE_SOON", prefix + "01", HAMI_HRSS, t);
        UUID overdue = rows.alert("OVERDUE", prefix + "01", HAMI_HRSS, t.plus(1, ChronoUnit.HOURS));
        UUID otherBody = rows.alert("OVERDUE", prefix + "02", YINING_HRSS, t.plus(2, ChronoUnit.HOURS));
        UUID newest = rows.alert("ESCALATED", prefix + "01", HAMI_HRSS, t.plus(3, ChronoUnit.HOURS));
        api.post("/api/alerts/" + overdue + "/ack", "application/json", "{}", LocalUser.OFFICER);

        ApiClient.Response all = api.get("/api/alerts?region=" + prefix, LocalUser.OFFICER);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.contentType()).startsWith("application/json");
        JsonNode page = all.json();
        assertThat(ids(page)).containsExactly(newest, otherBody, overdue, oldest);
        assertThat(page.get("totalElements").asLong()).isEqualTo(4);
        assertThat(page.get("totalPages").asInt()).isEqualTo(1);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);

        JsonNode first = page.at("/content/0");
        assertThat(first.get("type").asString()).isEqualTo("ESCALATED");
        assertThat(first.get("region").asString()).isEqualTo(prefix + "01");
        assertThat(first.get("responsibleBody").asString()).isEqualTo(HAMI_HRSS);
        assertThat(first.get("itemId").asString()).startsWith("api-it-");
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("dueOn").asString()).isEqualTo("2026-03-20");
        assertThat(first.get("workingDaysOverdue").asInt()).isEqualTo(6);
        assertThat(first.get("workingDaysLeft").isNull()).isTrue();
        assertThat(first.get("raisedAt").asString()).isEqualTo("2026-03-02T04:00:00Z");
        assertThat(first.get("acknowledged").asBoolean()).isFalse();
        assertThat(page.at("/content/3/workingDaysLeft").asInt()).isEqualTo(2);

        assertThat(ids(api.get("/api/alerts?state=OVERDUE&region=" + prefix, LocalUser.OFFICER).json()))
                .containsExactly(otherBody, overdue);
        assertThat(ids(api.get("/api/alerts?region=" + prefix + "01", LocalUser.OFFICER).json()))
                .containsExactly(newest, overdue, oldest);
        String byBody = "&responsibleBody=" + URLEncoder.encode(YINING_HRSS, StandardCharsets.UTF_8);
        assertThat(ids(api.get("/api/alerts?region=" + prefix + byBody, LocalUser.OFFICER).json()))
                .containsExactly(otherBody);
        assertThat(ids(api.get("/api/alerts?region=" + prefix + "&acknowledged=false", LocalUser.OFFICER).json()))
                .containsExactly(newest, otherBody, oldest);
        JsonNode acknowledged = api.get("/api/alerts?region=" + prefix + "&acknowledged=true", LocalUser.OFFICER).json();
        assertThat(ids(acknowledged)).containsExactly(overdue);
        assertThat(acknowledged.at("/content/0/acknowledged").asBoolean()).isTrue();
        assertThat(acknowledged.at("/content/0/acknowledgedBy").asString()).isEqualTo("officer");
        // blank parameters mean any; ADMIN may read what OFFICER may
        assertThat(api.get("/api/alerts?state=&responsibleBody=&acknowledged=&region=" + prefix, LocalUser.ADMIN)
                .json().get("totalElements").asLong()).isEqualTo(4);
    }

    @Test
    void showsOneAlertAndListsTheAlertsOfOneItem() {
        String prefix = ReadModelRows.newRegionPrefix();
        String itemId = "api-it-" + UUID.randomUUID();
        Instant t = Instant.parse("2026-03-02T01:00:00Z");
        UUID dueSoon = rows.alert("DUE_SOON", itemId, 2, prefix + "01", HAMI_HRSS, t);
        UUID overdue = rows.alert("OVERDUE", itemId, 2, prefix + "01", HAMI_HRSS, t.plus(1, ChronoUnit.DAYS));
        UUID earlierVersion = rows.alert("OVERDUE", itemId, 1, prefix + "01", HAMI_HRSS, t.minus(9, ChronoUnit.DAYS));
        rows.alert("OVERDUE", prefix + "01", HAMI_HRSS, t);

        assertThat(ids(api.get("/api/alerts?itemId=" + itemId, LocalUser.OFFICER).json()))
                .containsExactly(overdue, dueSoon, earlierVersion);
        assertThat(ids(api.get("/api/alerts?state=DUE_SOON&itemId=" + itemId, LocalUser.OFFICER).json()))
                .containsExactly(dueSoon);
        assertThat(api.get("/api/alerts?itemId=no-such-item", LocalUser.OFFICER).json().get("totalElements").asLong())
                .isZero();

        ApiClient.Response one = api.get("/api/alerts/" + overdue, LocalUser.OFFICER);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        JsonNode alert = one.json();
        assertThat(alert.get("id").asString()).isEqualTo(overdue.toString());
        assertThat(alert.get("itemId").asString()).isEqualTo(itemId);
        assertThat(alert.get("version").asInt()).isEqualTo(2);
        assertThat(alert.get("type").asString()).isEqualTo("OVERDUE");
        assertThat(alert.get("raisedAt").asString()).isEqualTo("2026-03-03T01:00:00Z");
        assertThat(alert.get("acknowledged").asBoolean()).isFalse();
        // the same JSON as in the list
        assertThat(alert).isEqualTo(api.get("/api/alerts?itemId=" + itemId, LocalUser.OFFICER).json().at("/content/0"));

        UUID unknown = UUID.randomUUID();
        assertThat(api.get("/api/alerts/" + unknown, LocalUser.OFFICER).problem(404).get("alertId").asString())
                .isEqualTo(unknown.toString());
        assertThat(api.get("/api/alerts/not-a-uuid", LocalUser.OFFICER).problem(400).get("parameter").asString())
                .isEqualTo("id");
    }

    @Test
    void pagesThroughAlerts() {
        String prefix = ReadModelRows.newRegionPrefix();
        Instant t = Instant.parse("2026-04-01T00:00:00Z");
        List<UUID> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.addFirst(rows.alert("OVERDUE", prefix + "11", HAMI_HRSS, t.plus(i, ChronoUnit.MINUTES)));
        }
        String query = "/api/alerts?region=" + prefix;
        JsonNode second = api.get(query + "&page=1&size=2", LocalUser.OFFICER).json();
        assertThat(ids(second)).containsExactlyElementsOf(newestFirst.subList(2, 4));
        assertThat(second.get("totalElements").asLong()).isEqualTo(5);
        assertThat(second.get("totalPages").asInt()).isEqualTo(3);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(2);
        assertThat(ids(api.get(query + "&page=2&size=2", LocalUser.OFFICER).json())).containsExactly(newestFirst.get(4));
        JsonNode beyond = api.get(query + "&page=7&size=2", LocalUser.OFFICER).json();
        assertThat(beyond.get("content")).isEmpty();
        assertThat(beyond.get("totalElements").asLong()).isEqualTo(5);
    }

    @Test
    void refusesBadParametersNamingWhatIsAllowed() {
        JsonNode state = api.get("/api/alerts?state=OPEN", LocalUser.OFFICER).problem(400);
        assertThat(state.get("parameter").asString()).isEqualTo("state");
        assertThat(state.get("allowedValues").valueStream().map(JsonNode::asString))
                .containsExactly("DUE_SOON", "OVERDUE", "ESCALATED", "PUBLISHED_LATE");
        assertThat(state.get("detail").asString()).contains("OPEN");

        JsonNode acknowledged = api.get("/api/alerts?acknowledged=maybe", LocalUser.OFFICER).problem(400);
        assertThat(acknowledged.get("parameter").asString()).isEqualTo("acknowledged");
        assertThat(acknowledged.get("allowedValues").valueStream().map(JsonNode::asString))
                .containsExactly("true", "false");

        QueryParameterChecks.refusesBadRegionsAndPaging(api, "/api/alerts", LocalUser.OFFICER);
    }

    @Test
    void anOfficerAcknowledgesAnAlertOnce() {
        String prefix = ReadModelRows.newRegionPrefix();
        UUID id = rows.alert("OVERDUE", prefix + "21", HAMI_HRSS, Instant.parse("2026-05-06T02:00:00Z"));
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);

        ApiClient.Response ack = api.post("/api/alerts/" + id + "/ack", "application/json",
                "{\"comment\": \"已联系哈密市人社局，本周内公开\"}", LocalUser.OFFICER);
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        JsonNode alert = ack.json();
        assertThat(alert.get("id").asString()).isEqualTo(id.toString());
        assertThat(alert.get("acknowledged").asBoolean()).isTrue();
        assertThat(alert.get("acknowledgedBy").asString()).isEqualTo("officer");
        Instant at = Instant.parse(alert.get("acknowledgedAt").asString());
        assertThat(at).isBetween(before, Instant.now());
        assertThat(alert.get("ackComment").asString()).isEqualTo("已联系哈密市人社局，本周内公开");

        // it stays listed, with who and when
        JsonNode listed = api.get("/api/alerts?region=" + prefix, LocalUser.OFFICER).json().at("/content/0");
        assertThat(listed.get("id").asString()).isEqualTo(id.toString());
        assertThat(listed.get("acknowledgedBy").asString()).isEqualTo("officer");
        assertThat(Instant.parse(listed.get("acknowledgedAt").asString())).isEqualTo(at);

        // a second acknowledgement, by anyone, is refused naming the first
        JsonNode again = api.post("/api/alerts/" + id + "/ack", "application/json", "{\"comment\": \"我也看到了\"}",
                LocalUser.ADMIN).problem(409);
        assertThat(again.get("acknowledgedBy").asString()).isEqualTo("officer");
        assertThat(Instant.parse(again.get("acknowledgedAt").asString())).isEqualTo(at);
        assertThat(again.get("detail").asString()).contains("officer", at.toString());
        assertThat(api.get("/api/alerts?region=" + prefix, LocalUser.OFFICER).json().at("/content/0/ackComment")
                .asString()).isEqualTo("已联系哈密市人社局，本周内公开");
    }

    @Test
    void theCommentAndTheBodyAreOptional() {
        String prefix = ReadModelRows.newRegionPrefix();
        UUID emptyObject = rows.alert("DUE_SOON", prefix + "31", HAMI_HRSS, Instant.parse("2026-05-06T02:00:00Z"));
        UUID noBody = rows.alert("OVERDUE", prefix + "31", HAMI_HRSS, Instant.parse("2026-05-06T03:00:00Z"));

        JsonNode first = api.post("/api/alerts/" + emptyObject + "/ack", "application/json", "{}", LocalUser.ADMIN).json();
        assertThat(first.get("acknowledgedBy").asString()).isEqualTo("admin");
        assertThat(first.get("ackComment").isNull()).isTrue();
        ApiClient.Response second = api.post("/api/alerts/" + noBody + "/ack", LocalUser.OFFICER);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("acknowledged").asBoolean()).isTrue();
    }

    @Test
    void refusesUnknownAndMalformedIdsAndLongComments() {
        UUID unknown = UUID.randomUUID();
        JsonNode notFound = api.post("/api/alerts/" + unknown + "/ack", "application/json", "{}", LocalUser.OFFICER)
                .problem(404);
        assertThat(notFound.get("alertId").asString()).isEqualTo(unknown.toString());

        for (String malformed : List.of("not-a-uuid", "1-2-3-4-5", unknown + "0")) {
            assertThat(api.post("/api/alerts/" + malformed + "/ack", "application/json", "{}", LocalUser.OFFICER)
                    .problem(400).get("parameter").asString()).isEqualTo("id");
        }

        String prefix = ReadModelRows.newRegionPrefix();
        UUID id = rows.alert("OVERDUE", prefix + "41", HAMI_HRSS, Instant.parse("2026-05-06T02:00:00Z"));
        JsonNode tooLong = api.post("/api/alerts/" + id + "/ack", "application/json",
                "{\"comment\": \"" + "长".repeat(1001) + "\"}", LocalUser.OFFICER).problem(400);
        assertThat(tooLong.get("parameter").asString()).isEqualTo("comment");
        api.post("/api/alerts/" + id + "/ack", "application/json", "{\"comment\": ", LocalUser.OFFICER).problem(400);
        api.post("/api/alerts/" + id + "/ack", "text/plain", "ok", LocalUser.OFFICER).problem(415);
        // none of these acknowledged it; exactly 1000 characters is fine
        assertThat(api.post("/api/alerts/" + id + "/ack", "application/json",
                "{\"comment\": \"" + "长".repeat(1000) + "\"}", LocalUser.OFFICER).status()).isEqualTo(200);
    }

    private static List<UUID> ids(JsonNode page) {
        return page.get("content").valueStream().map(alert -> UUID.fromString(alert.get("id").asString())).toList();
    }
}
