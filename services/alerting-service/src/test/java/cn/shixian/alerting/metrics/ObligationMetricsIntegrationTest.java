package cn.shixian.alerting.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.alerting.access.AlertingApiTest;
import cn.shixian.alerting.api.ReadModelApiTest;
import cn.shixian.alerting.api.ReadModelRows;
import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.testsupport.ApiClient;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What Prometheus scrapes from {@code /actuator/prometheus}, from obligations in a real PostgreSQL. */
@AlertingApiTest
class ObligationMetricsIntegrationTest extends ReadModelApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    PublicationMetrics publications;

    @Test
    void theObligationGaugesFollowTheReadModel() {
        String region = ReadModelRows.newRegionPrefix() + "01";
        String body = HAMI_HRSS;
        rows.obligation(region, body, "OPEN");
        rows.obligation(region, body, "OPEN");
        String overdue = rows.obligation(region, body, "OVERDUE");

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(gauge(region, body, "OPEN")).hasValue(2.0);
            assertThat(gauge(region, body, "OVERDUE")).hasValue(1.0);
        });

        // the read model moves on: the next refresh follows, and a group that is gone disappears
        jdbc.sql("update obligation set state = 'MET_LATE' where item_id = :itemId").param("itemId", overdue).update();
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(gauge(region, body, "MET_LATE")).hasValue(1.0);
            assertThat(gauge(region, body, "OVERDUE")).isEmpty();
            assertThat(gauge(region, body, "OPEN")).hasValue(2.0);
        });
    }

    @Test
    void publicationsAreCountedByTimeliness() {
        double before = value("shixian_publications_total{on_time=\"false\"}").orElse(0);
        publications.recorded(ObligationKind.ITEM, false);
        assertThat(value("shixian_publications_total{on_time=\"false\"}")).hasValue(before + 1);
        assertThat(value("shixian_publications_total{on_time=\"true\"}")).isPresent();
    }

    private OptionalDouble gauge(String region, String body, String state) {
        return value("shixian_obligations{region=\"" + region + "\",responsible_body=\"" + body
                + "\",state=\"" + state + "\"}");
    }

    /** The value of one series in the Prometheus text format, if it is there. */
    private OptionalDouble value(String series) {
        ApiClient.Response scrape = api.get("/actuator/prometheus", null);
        assertThat(scrape.status()).isEqualTo(200);
        List<String> lines = scrape.body().lines().filter(line -> line.startsWith(series + " ")).toList();
        return lines.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(Double.parseDouble(lines.getFirst().substring(series.length() + 1).trim()));
    }
}
