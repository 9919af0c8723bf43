package cn.shixian.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.standalone.demo.DemoStream;
import cn.shixian.testsupport.ApiClient;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * What a new user sees after {@code ./shixian up}: the sample catalogs' history played, and within
 * a minute the alerting API lists overdue items of Hami, Yining and Zhanggong with the due dates the
 * deadline-service counted, and Prometheus sees them; the regions' requests for information are in
 * the deadline-service and their 2025 report has every row. The demo's history ends at a fixed instant
 * (its clock); the services run on real time, which only makes the old items more overdue.
 */
class DemoSystemTest {

    private static final ApiClient.User OFFICER = new ApiClient.User("officer", "officer-local");
    private static final Clock DEMO_CLOCK = Clock.fixed(OffsetDateTime.parse("2026-11-26T10:00:00+08:00")
            .toInstant(), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void listsOverdueItemsOfTheSampleRegionsWithinAMinute() throws Exception {
        LocalSettings settings = new LocalSettings(dataDir, freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), true,
                Durability.NO_FSYNC);  // a test, not the product: no OS crash to survive here
        try (LocalSystem system = LocalSystem.start(settings);
             DemoStream demo = DemoStream.play(system.kafkaBootstrapServers(), DEMO_CLOCK,
                     dataDir.resolve("demo-played")).orElseThrow()) {
            assertThat(demo.summary().itemsPerCatalog()).hasSize(5);
            ApiClient alerting = new ApiClient(settings.alertingPort());
            ApiClient deadline = new ApiClient(settings.deadlinePort());
            for (String region : List.of("650500", "654002", "360702")) {
                JsonNode alert = await().atMost(Duration.ofSeconds(60))
                        .until(() -> firstOverdue(alerting, region), a -> a != null);
                JsonNode obligation = deadline.get("/api/items/" + alert.get("itemId").asString(), OFFICER).json()
                        .get("obligations").get(0);
                LocalDate counted = WorkingDayCalendar.bundled().due(LocalDate.parse(obligation.get("changedOn")
                        .asString()), obligation.get("workingDays").asInt(), RegionCode.of(region)).date();
                assertThat(alert.get("dueOn").asString()).isEqualTo(obligation.get("dueOn").asString())
                        .isEqualTo(counted.toString());
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> alerting.get("/actuator/prometheus", null).body()
                    .contains("shixian_obligations{region=\"650500\""));
            for (String region : List.of("650500", "360702")) {
                requestsReachedTheReport(deadline, region, demo.summary().requestsPerRegion().get(region));
            }
            assertThat(dataDir.resolve("demo-played")).exists();
        }
        // a restart on the same data does not play the history again
        try (LocalSystem system = LocalSystem.start(settings);
             DemoStream again = DemoStream.play(system.kafkaBootstrapServers(), DEMO_CLOCK,
                     dataDir.resolve("demo-played")).orElseThrow()) {
            assertThat(again.summary().records()).isZero();
        }
    }

    /**
     * Every request of the region is in the deadline-service, and its 2025 report has every row of
     * the form, each applicant column in row 一, and holds together (一 + 二 = 三（七） + 四).
     */
    private static void requestsReachedTheReport(ApiClient deadline, String region, int requests) {
        assertThat(requests).isPositive();
        await().atMost(Duration.ofSeconds(60)).until(() -> deadline.get("/api/requests?region=" + region, OFFICER)
                .json().get("totalElements").asInt() == requests);
        JsonNode table = deadline.get("/api/reports/requests?year=2025&region=" + region, OFFICER).json();
        assertThat(table.get("consistent").asBoolean()).as(table.get("inconsistencies").toString()).isTrue();
        assertThat(table.get("rows")).hasSize(25).allSatisfy(row -> assertThat(row.get("cells").get("TOTAL").asInt())
                .as(row.get("number").asString() + " " + row.get("label").asString()).isPositive());
        JsonNode received = table.get("rows").get(0);
        assertThat(received.get("number").asString()).isEqualTo("一");
        for (String applicant : List.of("NATURAL_PERSON", "COMMERCIAL", "RESEARCH", "NON_PROFIT", "LEGAL_SERVICE",
                "OTHER_ORGANIZATION")) {
            assertThat(received.get("cells").get(applicant).asInt()).as(applicant).isPositive();
        }
        int in = total(table, "一") + total(table, "二");
        assertThat(total(table, "三（七）") + total(table, "四")).isEqualTo(in);
        assertThat(deadline.get("/api/requests?region=" + region + "&state=OPEN", OFFICER).json()
                .get("totalElements").asInt()).as("still open today").isPositive();
    }

    private static int total(JsonNode table, String number) {
        for (JsonNode row : table.get("rows")) {
            if (row.get("number").asString().equals(number)) {
                return row.get("cells").get("TOTAL").asInt();
            }
        }
        throw new AssertionError("no row " + number + " in " + table);
    }

    private static JsonNode firstOverdue(ApiClient alerting, String region) {
        for (String state : List.of("OVERDUE", "ESCALATED")) {
            JsonNode page = alerting.get("/api/alerts?state=" + state + "&region=" + region, OFFICER).json();
            if (page.get("totalElements").asLong() > 0) {
                return page.get("content").get(0);
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
