package cn.shixian.alerting.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.alerting.access.AlertingApiTest;
import cn.shixian.alerting.access.LocalUser;
import cn.shixian.alerting.lifecycle.ObligationState;
import cn.shixian.testsupport.ApiClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/obligations/summary} over real HTTP, counting obligations in a real PostgreSQL. */
@AlertingApiTest
class ObligationSummaryIntegrationTest extends ReadModelApiTest {

    @Test
    void countsByStateRegionAndBodyWithTheOnTimeRate() {
        String prefix = ReadModelRows.newRegionPrefix();
        String first = prefix + "01";
        String second = prefix + "02";
        String third = prefix + "03";
        insert(first, HAMI_HRSS, Map.of("OPEN", 2, "DUE_SOON", 1, "MET", 3, "MET_LATE", 1));
        insert(second, YINING_HRSS, Map.of("OVERDUE", 1, "ESCALATED", 1, "MET_LATE", 1, "CANCELLED", 1));
        insert(second, HAMI_HRSS, Map.of("OPEN", 1));
        insert(third, HAMI_HRSS, Map.of("OPEN", 1));

        ApiClient.Response response = api.get("/api/obligations/summary?region=" + prefix, LocalUser.OFFICER);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode summary = response.json();
        assertThat(summary.get("region").asString()).isEqualTo(prefix);
        assertThat(summary.get("asOf").asString()).isNotBlank();
        assertThat(summary.get("total").asLong()).isEqualTo(13);
        assertThat(counts(summary.get("byState"))).containsExactly(
                Map.entry("OPEN", 4L), Map.entry("DUE_SOON", 1L), Map.entry("OVERDUE", 1L), Map.entry("ESCALATED", 1L),
                Map.entry("PAUSED", 0L), Map.entry("MET", 3L), Map.entry("MET_LATE", 2L), Map.entry("CANCELLED", 1L));
        assertThat(summary.get("onTimeRate").asDouble()).isEqualTo(0.6);

        JsonNode regions = summary.get("byRegion");
        assertThat(regions.valueStream().map(r -> r.get("region").asString())).containsExactly(first, second, third);
        assertThat(regions.at("/0/total").asLong()).isEqualTo(7);
        assertThat(regions.at("/0/onTimeRate").asDouble()).isEqualTo(0.75);
        assertThat(regions.at("/0/byState/OPEN").asLong()).isEqualTo(2);
        assertThat(regions.at("/0/byState/OVERDUE").asLong()).isZero();
        assertThat(regions.at("/1/total").asLong()).isEqualTo(5);
        assertThat(regions.at("/1/onTimeRate").asDouble()).isZero();
        assertThat(regions.at("/1/byState/ESCALATED").asLong()).isEqualTo(1);
        assertThat(regions.at("/2/total").asLong()).isEqualTo(1);
        assertThat(regions.at("/2/onTimeRate").isNull()).isTrue();

        JsonNode bodies = summary.get("byResponsibleBody");
        assertThat(bodies.valueStream().map(b -> b.get("responsibleBody").asString()))
                .containsExactlyInAnyOrder(HAMI_HRSS, YINING_HRSS);
        JsonNode hami = bodies.valueStream().filter(b -> b.get("responsibleBody").asString().equals(HAMI_HRSS))
                .findFirst().orElseThrow();
        assertThat(hami.get("total").asLong()).isEqualTo(9);
        assertThat(hami.at("/byState/OPEN").asLong()).isEqualTo(4);
        assertThat(hami.get("onTimeRate").asDouble()).isEqualTo(0.75);

        // a narrower prefix counts only its region
        JsonNode one = api.get("/api/obligations/summary?region=" + third, LocalUser.ADMIN).json();
        assertThat(one.get("total").asLong()).isEqualTo(1);
        assertThat(one.get("byRegion")).hasSize(1);

        // without a prefix: everything, these rows included
        JsonNode everything = api.get("/api/obligations/summary", LocalUser.OFFICER).json();
        assertThat(everything.get("region").isNull()).isTrue();
        assertThat(everything.get("total").asLong()).isGreaterThanOrEqualTo(13);
        assertThat(everything.get("byRegion").valueStream().map(r -> r.get("region").asString()))
                .contains(first, second, third);
    }

    @Test
    void aRegionWithoutObligationsHasZerosAndNoRate() {
        JsonNode summary = api.get("/api/obligations/summary?region=" + ReadModelRows.newRegionPrefix(),
                LocalUser.OFFICER).json();
        assertThat(summary.get("total").asLong()).isZero();
        assertThat(counts(summary.get("byState"))).hasSize(ObligationState.values().length).allSatisfy((state, count) -> assertThat(count).isZero());
        assertThat(summary.get("onTimeRate").isNull()).isTrue();
        assertThat(summary.get("byRegion")).isEmpty();
        assertThat(summary.get("byResponsibleBody")).isEmpty();
    }

    @Test
    void refusesABadRegion() {
        JsonNode problem = api.get("/api/obligations/summary?region=xinjiang", LocalUser.OFFICER).problem(400);
        assertThat(problem.get("parameter").asString()).isEqualTo("region");
        assertThat(problem.get("detail").asString()).contains("xinjiang");
    }

    private void insert(String region, String body, Map<String, Integer> countsByState) {
        countsByState.forEach((state, count) -> {
            for (int i = 0; i < count; i++) {
                rows.obligation(region, body, state);
            }
        });
    }

    private static Map<String, Long> counts(JsonNode byState) {
        Map<String, Long> counts = new LinkedHashMap<>();
        byState.properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }
}
