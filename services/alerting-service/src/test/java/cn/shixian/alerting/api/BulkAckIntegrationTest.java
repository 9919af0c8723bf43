package cn.shixian.alerting.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.alerting.access.AlertingApiTest;
import cn.shixian.alerting.access.LocalUser;
import cn.shixian.testsupport.ApiClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/alerts/ack} (批量确认) over real HTTP, on alerts in a real PostgreSQL. */
@AlertingApiTest
class BulkAckIntegrationTest extends ReadModelApiTest {

    private static final Instant RAISED = Instant.parse("2026-05-06T02:00:00Z");

    @Test
    void acknowledgesManyAndSaysWhatBecameOfEachId() {
        UUID first = rows.alert("OVERDUE", "650500", HAMI_HRSS, RAISED);
        UUID second = rows.alert("DUE_SOON", "650500", HAMI_HRSS, RAISED);
        UUID before = rows.alert("ESCALATED", "650500", HAMI_HRSS, RAISED);
        UUID outside = rows.alert("OVERDUE", "360702", "章贡区人社局", RAISED);
        UUID unknown = UUID.randomUUID();
        JsonNode earlier = api.post("/api/alerts/" + before + "/ack", "application/json", "{}", LocalUser.OFFICER).json();

        ApiClient.Response response = api.post("/api/alerts/ack", "application/json", body(
                "\"comment\": \"已批量督办\"", first, before, unknown, outside, second, first), LocalUser.HAMI);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.propertyNames()).containsExactly("acknowledged", "alreadyAcknowledged", "notFound");
        assertThat(ids(result.get("acknowledged"))).containsExactly(first, second);
        JsonNode acknowledged = result.at("/acknowledged/0");
        assertThat(acknowledged.get("acknowledged").asBoolean()).isTrue();
        assertThat(acknowledged.get("acknowledgedBy").asString()).isEqualTo("hami");
        assertThat(acknowledged.get("ackComment").asString()).isEqualTo("已批量督办");
        assertThat(acknowledged.get("type").asString()).isEqualTo("OVERDUE");
        assertThat(result.at("/acknowledged/1/acknowledgedAt").asString())
                .isEqualTo(acknowledged.get("acknowledgedAt").asString());
        assertThat(result.get("alreadyAcknowledged")).hasSize(1);
        JsonNode already = result.at("/alreadyAcknowledged/0");
        assertThat(already.propertyNames()).containsExactly("id", "acknowledgedBy", "acknowledgedAt");
        assertThat(already.get("id").asString()).isEqualTo(before.toString());
        assertThat(already.get("acknowledgedBy").asString()).isEqualTo("officer");
        assertThat(already.get("acknowledgedAt").asString()).isEqualTo(earlier.get("acknowledgedAt").asString());
        // out of scope reads as unknown
        assertThat(result.get("notFound").valueStream().map(JsonNode::asString))
                .containsExactly(unknown.toString(), outside.toString());

        // the single acknowledgement stood and the alert of 章贡区 was left alone
        assertThat(api.get("/api/alerts/" + before, LocalUser.ADMIN).json().get("ackComment").isNull()).isTrue();
        assertThat(api.get("/api/alerts/" + outside, LocalUser.ADMIN).json().get("acknowledged").asBoolean()).isFalse();

        // again: all of them were acknowledged before now
        JsonNode again = api.post("/api/alerts/ack", "application/json", body(null, first, before, second),
                LocalUser.ADMIN).json();
        assertThat(again.get("acknowledged")).isEmpty();
        assertThat(ids(again.get("alreadyAcknowledged"))).containsExactly(first, before, second);
        assertThat(again.at("/alreadyAcknowledged/0/acknowledgedBy").asString()).isEqualTo("hami");
        assertThat(again.get("notFound")).isEmpty();
    }

    @Test
    void twoOfficersAcknowledgingTheSameAlertsAtOnceShareThemOut() throws Exception {
        List<UUID> alerts = IntStream.range(0, 40)
                .mapToObj(i -> rows.alert("OVERDUE", ReadModelRows.newRegionPrefix() + "01", HAMI_HRSS, RAISED))
                .toList();
        List<UUID> reversed = new ArrayList<>(alerts);
        Collections.reverse(reversed);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<JsonNode> officer = CompletableFuture.supplyAsync(() -> acknowledgeAfter(start, alerts,
                LocalUser.OFFICER));
        CompletableFuture<JsonNode> admin = CompletableFuture.supplyAsync(() -> acknowledgeAfter(start, reversed,
                LocalUser.ADMIN));
        start.countDown();

        JsonNode byOfficer = officer.get();
        JsonNode byAdmin = admin.get();
        List<UUID> acknowledged = Stream.concat(ids(byOfficer.get("acknowledged")).stream(),
                ids(byAdmin.get("acknowledged")).stream()).toList();
        assertThat(acknowledged).containsExactlyInAnyOrderElementsOf(alerts);
        // what one acknowledged, the other was told someone had, naming who
        assertThat(ids(byAdmin.get("alreadyAcknowledged")))
                .containsExactlyInAnyOrderElementsOf(ids(byOfficer.get("acknowledged")));
        assertThat(byAdmin.get("alreadyAcknowledged").valueStream().map(a -> a.get("acknowledgedBy").asString())
                .collect(Collectors.toSet())).isSubsetOf("officer");
        for (UUID id : alerts) {
            String by = api.get("/api/alerts/" + id, LocalUser.ADMIN).json().get("acknowledgedBy").asString();
            assertThat(by).isEqualTo(ids(byOfficer.get("acknowledged")).contains(id) ? "officer" : "admin");
        }
    }

    @Test
    void refusesNoIdsTooManyAndMalformedOnesNamingIds() {
        for (String body : List.of("{}", "{\"ids\": []}", "{\"ids\": null, \"comment\": \"x\"}",
                "{\"ids\": [\"not-a-uuid\"]}", "{\"ids\": [\"" + UUID.randomUUID() + "\", \"1-2-3-4-5\"]}",
                body(null, IntStream.range(0, 501).mapToObj(i -> UUID.randomUUID()).toArray(UUID[]::new)))) {
            JsonNode problem = api.post("/api/alerts/ack", "application/json", body, LocalUser.OFFICER).problem(400);
            assertThat(problem.get("parameter").asString()).as(body).isEqualTo("ids");
        }
        assertThat(api.post("/api/alerts/ack", LocalUser.OFFICER).status()).isIn(400, 415);
        UUID id = rows.alert("OVERDUE", ReadModelRows.newRegionPrefix() + "01", HAMI_HRSS, RAISED);
        assertThat(api.post("/api/alerts/ack", "application/json", body("\"comment\": \"" + "长".repeat(1001) + "\"", id),
                LocalUser.OFFICER).problem(400).get("parameter").asString()).isEqualTo("comment");
        api.post("/api/alerts/ack", "application/json", "{\"ids\": [", LocalUser.OFFICER).problem(400);
        api.post("/api/alerts/ack", "text/plain", "ids", LocalUser.OFFICER).problem(415);
        // none of these acknowledged it; 500 ids are fine
        UUID[] many = Stream.concat(Stream.of(id), IntStream.range(0, 499).mapToObj(i -> UUID.randomUUID()))
                .toArray(UUID[]::new);
        JsonNode fine = api.post("/api/alerts/ack", "application/json", body(null, many), LocalUser.OFFICER).json();
        assertThat(ids(fine.get("acknowledged"))).containsExactly(id);
        assertThat(fine.get("notFound")).hasSize(499);
    }

    private JsonNode acknowledgeAfter(CountDownLatch start, List<UUID> ids, ApiClient.User user) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        ApiClient.Response response = api.post("/api/alerts/ack", "application/json",
                body(null, ids.toArray(UUID[]::new)), user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String body(String more, UUID... ids) {
        String list = Stream.of(ids).map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
        return "{\"ids\": [" + list + "]" + (more == null ? "" : ", " + more) + "}";
    }

    private static List<UUID> ids(JsonNode alerts) {
        return alerts.valueStream().map(alert -> UUID.fromString(alert.get("id").asString())).toList();
    }
}
