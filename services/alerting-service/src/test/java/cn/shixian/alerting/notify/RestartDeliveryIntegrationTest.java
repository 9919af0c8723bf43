package cn.shixian.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.alerting.AlertingServiceApplication;
import cn.shixian.testsupport.MutableClock;
import cn.shixian.testsupport.RealInfrastructure;
import cn.shixian.testsupport.SharedInfrastructure;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A restart in the middle of delivery delivers once: an instance claims a delivery and stops
 * before sending it; two new instances on the same database leave it alone while the claim's lease
 * runs, and then exactly one of them sends it, once.
 */
class RestartDeliveryIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration LEASE = Duration.ofMinutes(2);
    static final MutableClock CLOCK = MutableClock.at("2025-09-29T10:00:00+08:00");

    private final TestReceivers receivers = TestReceivers.get();

    @Test
    void aDeliveryClaimedByAStoppedInstanceIsSentExactlyOnceAfterItsLease() {
        String itemId = "restart-" + UUID.randomUUID();
        UUID alert;
        try (ConfigurableApplicationContext stopped = start("1h")) {
            // its worker's first round is an hour away: the test plays the round up to the claim
            JdbcClient jdbc = stopped.getBean(JdbcClient.class);
            alert = UUID.randomUUID();
            jdbc.sql("""
                    insert into alert (id, type, item_id, version, region, responsible_body, title, due_on,
                                       working_days_overdue, raised_at)
                    values (?, 'OVERDUE', ?, 1, '110101', '北京市东城区人力资源和社会保障局', '社会保险费征缴信息', ?, 1, ?)""")
                    .params(alert, itemId, LocalDate.of(2025, 9, 26), Timestamp.from(CLOCK.instant())).update();
            assertThat(stopped.getBean(DeliveryPlanner.class).planNewAlerts()).isEqualTo(1);
            List<Delivery> claimed = stopped.getBean(DeliveryQueue.class).claimDue(List.of("restart-hook"), 10);
            assertThat(claimed).extracting(Delivery::alertId).containsExactly(alert);
        } // stopped after claiming, before sending

        try (ConfigurableApplicationContext one = start("100ms"); ConfigurableApplicationContext two = start("100ms")) {
            DeliveryWorker workerOne = one.getBean(DeliveryWorker.class);
            DeliveryWorker workerTwo = two.getBean(DeliveryWorker.class);
            long roundsOne = workerOne.rounds();
            long roundsTwo = workerTwo.rounds();
            await().atMost(PATIENCE).until(() -> workerOne.rounds() >= roundsOne + 3 && workerTwo.rounds() >= roundsTwo + 3);
            assertThat(sent(itemId)).as("not sent while the stopped instance's lease runs").isZero();

            CLOCK.advance(LEASE.plusSeconds(1));
            await().atMost(PATIENCE).until(() -> sent(itemId) == 1);
            JdbcClient jdbc = one.getBean(JdbcClient.class);
            await().atMost(PATIENCE).until(() -> "SENT".equals(jdbc.sql("select state from delivery where alert_id = ?")
                    .param(alert).query(String.class).single()));

            long afterOne = workerOne.rounds();
            long afterTwo = workerTwo.rounds();
            await().atMost(PATIENCE).until(() -> workerOne.rounds() >= afterOne + 3 && workerTwo.rounds() >= afterTwo + 3);
            assertThat(sent(itemId)).isEqualTo(1);
            assertThat(jdbc.sql("select attempts from delivery where alert_id = ?").param(alert).query(Integer.class)
                    .single()).as("the stopped claim counts as an attempt").isEqualTo(2);
        }
    }

    private long sent(String itemId) {
        return receivers.at("/webhook/restart").stream().filter(r -> r.text().contains(itemId)).count();
    }

    private ConfigurableApplicationContext start(String interval) {
        RealInfrastructure infrastructure = SharedInfrastructure.get();
        return AlertingServiceApplication.application().initializers(CLOCK.asPrimaryBean()).run(
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.datasource.url=" + infrastructure.jdbcUrl(),
                "--spring.datasource.username=" + infrastructure.username(),
                "--spring.datasource.password=" + infrastructure.password(),
                // a schema of its own: no other test's instance takes part
                "--spring.flyway.schemas=notify_restart", "--spring.flyway.default-schema=notify_restart",
                "--spring.datasource.hikari.schema=notify_restart",
                "--spring.kafka.listener.auto-startup=false",
                "--server.port=0",
                "--shixian.sweep.interval=3650d",
                "--shixian.notify.interval=" + interval,
                "--shixian.notify.lease=" + LEASE.toSeconds() + "s",
                "--shixian.notify.http-timeout=2s",
                "--shixian.notify.routes[0].region-prefix=1101",
                "--shixian.notify.routes[0].channels=restart-hook",
                "--shixian.notify.channels.restart-hook.type=webhook",
                "--shixian.notify.channels.restart-hook.always-on=true",
                "--shixian.notify.channels.restart-hook.url=" + receivers.url("/webhook/restart"));
    }
}
