package cn.shixian.alerting.trend;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.alerting.access.AlertingApiTest;
import cn.shixian.alerting.access.LocalUser;
import cn.shixian.alerting.api.ClockedReadModelApiTest;
import cn.shixian.alerting.api.ObligationRow;
import cn.shixian.alerting.api.ReadModelRows;
import cn.shixian.testsupport.ApiClient;
import cn.shixian.testsupport.WithMutableClock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/obligations/trend} over real HTTP, on rows in a real PostgreSQL, at
 * 2026-09-30 10:00 Asia/Shanghai: every way an obligation enters and leaves the count.
 */
@AlertingApiTest
@WithMutableClock(ClockedReadModelApiTest.START)
class TrendIntegrationTest extends ClockedReadModelApiTest {

    private String prefix;

    @BeforeEach
    void obligationsOfOneRegion() {
        clock.set(START);
        prefix = ReadModelRows.newRegionPrefix();
        String region = prefix + "01";
        // overdue since 25 September, escalates only on 5 October
        insert(ObligationRow.of(region, "OVERDUE", LocalDate.of(2026, 9, 24)));
        // overdue all along, escalated from the 28th
        insert(ObligationRow.of(region, "ESCALATED", LocalDate.of(2026, 9, 18)).escalatedAt("2026-09-28T00:00:00+08:00"));
        // overdue on the 26th and 27th, published late on the 28th
        insert(ObligationRow.of(region, "MET_LATE", LocalDate.of(2026, 9, 24)).publishedAt("2026-09-28T15:00:00+08:00", 2));
        // published in time: never overdue
        insert(ObligationRow.of(region, "MET", LocalDate.of(2026, 9, 29)).publishedAt("2026-09-29T10:00:00+08:00", null));
        // overdue on the 26th, cancelled on the 27th
        insert(ObligationRow.of(region, "CANCELLED", LocalDate.of(2026, 9, 20)).since("2026-09-27T09:00:00+08:00"));
        // due yesterday and not swept yet: overdue by the clock since midnight
        insert(ObligationRow.of(region, "OPEN", LocalDate.of(2026, 9, 29)));
        // due today: not overdue
        insert(ObligationRow.of(region, "OPEN", LocalDate.of(2026, 9, 30)));
        // published before the window
        insert(ObligationRow.of(region, "MET", LocalDate.of(2026, 8, 30)).publishedAt("2026-08-30T10:00:00+08:00", null));
        // escalated on the 21st (by default 10 days after due_at), published late this morning: not overdue today
        insert(ObligationRow.of(region, "MET_LATE", LocalDate.of(2026, 9, 10)).publishedAt("2026-09-30T09:00:00+08:00", 14));
        // published at noon, after the clock's now: still overdue today (until the clock passes noon)
        insert(ObligationRow.of(region, "MET_LATE", LocalDate.of(2026, 9, 20)).publishedAt("2026-09-30T12:00:00+08:00", 8));
        // escalated on the 22nd, cancelled on the 29th before the end of the day
        insert(ObligationRow.of(region, "CANCELLED", LocalDate.of(2026, 9, 15)).escalatedAt("2026-09-22T00:00:00+08:00")
                .since("2026-09-29T08:00:00+08:00"));
        // escalated long before the window
        insert(ObligationRow.of(region, "ESCALATED", LocalDate.of(2026, 9, 1)).escalatedAt("2026-09-09T00:00:00+08:00"));
    }

    @Test
    void countsTheOverdueAndEscalatedAtTheEndOfEachDayAndNowForToday() {
        ApiClient.Response response = api.get("/api/obligations/trend?days=5&region=" + prefix, LocalUser.OFFICER);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode trend = response.json();
        assertThat(trend.propertyNames()).containsExactly("region", "zone", "points");
        assertThat(trend.get("region").asString()).isEqualTo(prefix);
        assertThat(trend.get("zone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(trend.at("/points/0").propertyNames()).containsExactly("date", "overdue", "escalated");
        assertThat(points(trend)).containsExactly("2026-09-26:8:3", "2026-09-27:7:3", "2026-09-28:6:4",
                "2026-09-29:5:3", "2026-09-30:5:2");

        assertThat(points(api.get("/api/obligations/trend?days=1&region=" + prefix, LocalUser.ADMIN).json()))
                .containsExactly("2026-09-30:5:2");
        // after noon the one published at noon is no longer overdue today; the past days stay as they were
        clock.set("2026-09-30T13:00:00+08:00");
        assertThat(points(api.get("/api/obligations/trend?days=2&region=" + prefix, LocalUser.OFFICER).json()))
                .containsExactly("2026-09-29:5:3", "2026-09-30:4:2");
        // past midnight: the one due on the 30th is overdue on 1 October
        clock.set("2026-10-01T00:00:00+08:00");
        assertThat(points(api.get("/api/obligations/trend?days=2&region=" + prefix, LocalUser.OFFICER).json()))
                .containsExactly("2026-09-30:4:2", "2026-10-01:5:2");
    }

    @Test
    void hasOnePointPerDayNinetyByDefault() {
        JsonNode trend = api.get("/api/obligations/trend?region=" + prefix, LocalUser.OFFICER).json();
        List<String> points = points(trend);
        assertThat(points).hasSize(90);
        assertThat(points.getFirst()).isEqualTo("2026-07-03:0:0");
        assertThat(points.getLast()).isEqualTo("2026-09-30:5:2");
        // the escalated one of 1 September: overdue from the 2nd, escalated from the 9th
        assertThat(points).contains("2026-09-01:0:0", "2026-09-02:1:0", "2026-09-08:1:0", "2026-09-09:1:1");
        assertThat(api.get("/api/obligations/trend?days=366&region=" + prefix, LocalUser.OFFICER).json()
                .get("points")).hasSize(366);
    }

    @Test
    void countsOnlyTheCallersRegions() {
        assertThat(points(api.get("/api/obligations/trend?days=3&region=" + prefix, LocalUser.HAMI).json()))
                .containsExactly("2026-09-28:0:0", "2026-09-29:0:0", "2026-09-30:0:0");
        assertThat(points(api.get("/api/obligations/trend?days=1&region=36", LocalUser.HAMI).json()))
                .containsExactly("2026-09-30:0:0");

        long before = today(api.get("/api/obligations/trend?days=1&region=650500", LocalUser.HAMI).json());
        insert(ObligationRow.of("650500", "OVERDUE", LocalDate.of(2026, 9, 24)));
        JsonNode hami = api.get("/api/obligations/trend?days=1", LocalUser.HAMI).json();
        assertThat(hami.get("region").isNull()).isTrue();
        assertThat(today(hami)).isEqualTo(before + 1);
        assertThat(today(api.get("/api/obligations/trend?days=1&region=650500", LocalUser.ZHANGGONG).json())).isZero();
        assertThat(today(api.get("/api/obligations/trend?days=1&region=650500", LocalUser.ADMIN).json()))
                .isEqualTo(before + 1);
    }

    @Test
    void refusesBadParametersNamingThem() {
        for (String days : List.of("0", "367", "-5", "ninety", "1.5")) {
            assertThat(api.get("/api/obligations/trend?days=" + days, LocalUser.OFFICER).problem(400).get("parameter")
                    .asString()).isEqualTo("days");
        }
        for (String region : List.of("6", "6505001", "65a", "%25")) {
            assertThat(api.get("/api/obligations/trend?region=" + region, LocalUser.OFFICER).problem(400)
                    .get("parameter").asString()).isEqualTo("region");
        }
        assertThat(api.get("/api/obligations/trend?days=&region=", LocalUser.OFFICER).json().get("points")).hasSize(90);
    }

    private static long today(JsonNode trend) {
        return trend.get("points").get(trend.get("points").size() - 1).get("overdue").asLong();
    }

    private static List<String> points(JsonNode trend) {
        return trend.get("points").valueStream().map(point -> point.get("date").asString() + ":"
                + point.get("overdue").asLong() + ":" + point.get("escalated").asLong()).toList();
    }
}
