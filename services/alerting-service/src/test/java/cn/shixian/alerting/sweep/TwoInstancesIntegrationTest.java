package cn.shixian.alerting.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.alerting.AlertingServiceApplication;
import cn.shixian.contracts.Topic;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.RealInfrastructureInitializer;
import cn.shixian.testsupport.TopicProbe;
import cn.shixian.testsupport.WithMutableClock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the service share the database and the topics, in one consumer group: both
 * sweep at the same moment, and every transition still yields exactly one alert, one event.
 */
@WithMutableClock("2025-11-05T10:00:00+08:00")
class TwoInstancesIntegrationTest extends SweepApplicationTest {

    private static final int OBLIGATIONS = 60;

    @Test
    void twoInstancesSweepingAtOnceRaiseOneAlertPerTransition() {
        String prefix = "pair-" + UUID.randomUUID() + "-";
        try (ConfigurableApplicationContext second = secondInstance();
             TopicProbe alerts = TopicProbe.of(Topic.ALERTS.topicName())) {
            for (int i = 0; i < OBLIGATIONS; i++) {
                // a third each: due soon (due 11-06), overdue (due 11-03), escalated (due 10-20)
                String dueOn = switch (i % 3) {
                    case 0 -> "2025-11-06";
                    case 1 -> "2025-11-03";
                    default -> "2025-10-20";
                };
                String itemId = prefix + i;
                kafka.send(Topic.DEADLINES.topicName(), itemId, ExampleEvent.of("disclosure.deadline.opened")
                        .forItem(itemId).with("region", "110101").with("dueOn", dueOn).bytes());
            }
            await().atMost(TopicProbe.PATIENCE).until(() -> count("select count(*) from obligation where item_id like ?",
                    prefix) == OBLIGATIONS);

            Sweep other = second.getBean(Sweep.class);
            CompletableFuture.allOf(CompletableFuture.runAsync(sweep::run), CompletableFuture.runAsync(other::run),
                    CompletableFuture.runAsync(sweep::run)).join();

            assertThat(count("select count(*) from alert where item_id like ?", prefix)).isEqualTo(OBLIGATIONS);
            assertThat(count("select count(distinct item_id) from alert where item_id like ?", prefix))
                    .isEqualTo(OBLIGATIONS);
            assertThat(jdbc.sql("select type, count(*) from alert where item_id like ? group by type order by type")
                    .param(prefix + "%").query((rs, row) -> rs.getString(1) + "=" + rs.getLong(2)).list())
                    .containsExactly("DUE_SOON=20", "ESCALATED=20", "OVERDUE=20");
            alerts.await(r -> r.key() != null && r.key().startsWith(prefix), OBLIGATIONS);
            assertThat(alerts.settle(r -> r.key() != null && r.key().startsWith(prefix), Duration.ofSeconds(1)))
                    .hasSize(OBLIGATIONS);
        }
    }

    /** The second instance, on this test's clock. */
    private ConfigurableApplicationContext secondInstance() {
        return AlertingServiceApplication.application()
                .initializers(new RealInfrastructureInitializer(), clock.asPrimaryBean())
                .run("--server.port=0", "--" + SWEEP_INTERVAL, "--" + OUTBOX_POLL_INTERVAL,
                        "--spring.jmx.enabled=false");
    }

    private long count(String sql, String prefix) {
        return jdbc.sql(sql).param(prefix + "%").query(Long.class).single();
    }
}
