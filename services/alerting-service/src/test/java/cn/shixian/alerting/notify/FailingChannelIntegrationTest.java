package cn.shixian.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;

/**
 * A robot that refuses every message (HTTP 200 with errcode 310000): retried with doubling
 * backoff, reported failing in health and metric, and finally given up, visibly.
 */
class FailingChannelIntegrationTest extends NotifyIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MeterRegistry meters;
    @Autowired
    HealthEndpoint health;

    @Test
    void aRefusingRobotIsRetriedWithBackoffReportedAndGivenUpNeverDropped() {
        clock.set("2025-09-29T10:00:00+08:00");
        double failedBefore = count("failed");
        double gaveUpBefore = count("gave-up");
        String itemId = "ganzhou-" + UUID.randomUUID();
        UUID alert = raise("ESCALATED", itemId, "360702", "赣州市章贡区人力资源和社会保障局", "就业补贴发放信息",
                LocalDate.of(2025, 9, 15), null, 8);

        // the counter moves after the outcome is recorded
        await().atMost(PATIENCE).until(() -> count("failed") - failedBefore == 1);
        assertThat(attempts(alert)).isEqualTo(1);
        assertThat((String) row(alert).get("last_error")).contains("errcode 310000", "keywords not in content");
        assertThat(nextAttempt(alert)).isEqualTo(at("2025-09-29T10:00:30+08:00"));

        clock.advance(Duration.ofSeconds(30));
        await().atMost(PATIENCE).until(() -> count("failed") - failedBefore == 2);
        assertThat(attempts(alert)).isEqualTo(2);
        assertThat(nextAttempt(alert)).isEqualTo(at("2025-09-29T10:01:30+08:00"));  // 60 s: the backoff doubled

        IndicatedHealthDescriptor notifications = (IndicatedHealthDescriptor) health.healthForPath("notifications");
        assertThat(notifications.getStatus()).isEqualTo(Status.DOWN);
        assertThat(notifications.getDetails().get("failingChannels").toString()).contains("ganzhou-robot");
        assertThat(channelDetail(notifications)).containsEntry("consecutiveFailures", 2)
                .containsEntry("type", "dingtalk");
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);

        clock.advance(Duration.ofSeconds(60));
        await().atMost(PATIENCE).until(() -> count("gave-up") - gaveUpBefore == 1);
        assertThat(row(alert).get("state")).isEqualTo("GAVE_UP");
        assertThat(attempts(alert)).isEqualTo(3);
        assertThat(count("failed") - failedBefore).isEqualTo(2);
        assertThat(channelDetail((IndicatedHealthDescriptor) health.healthForPath("notifications")))
                .containsEntry("gaveUp", 1L).containsEntry("consecutiveFailures", 3);
        assertThat(receivers.at("/dingtalk/refuse")).filteredOn(r -> r.text().contains(itemId)).hasSize(3);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> channelDetail(IndicatedHealthDescriptor notifications) {
        return (Map<String, Object>) ((Map<String, Object>) notifications.getDetails().get("channels")).get("ganzhou-robot");
    }

    private double count(String outcome) {
        var counter = meters.find("shixian.alerts").tags("type", "escalated", "channel", "ganzhou-robot", "outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private Map<String, Object> row(UUID alert) {
        return jdbc.sql("select state, attempts, next_attempt_at, last_error from delivery where alert_id = ?")
                .param(alert).query().singleRow();
    }

    private int attempts(UUID alert) {
        return (Integer) row(alert).get("attempts");
    }

    private Instant nextAttempt(UUID alert) {
        return ((java.sql.Timestamp) row(alert).get("next_attempt_at")).toInstant();
    }

    private static Instant at(String instant) {
        return OffsetDateTime.parse(instant).toInstant();
    }
}
