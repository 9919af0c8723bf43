package cn.shixian.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An alert raised on Saturday evening during 国庆 (2025-10-04 20:00): the office mailbox gets it on
 * the next working morning, 2025-10-09 09:00; the 24/7 webhook gets it at once.
 */
class OfficeHoursIntegrationTest extends NotifyIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MeterRegistry meters;
    @Autowired
    DeliveryWorker worker;

    @Test
    void outsideOfficeHoursTheMailWaitsForTheNextWorkingMorningAndTheTwentyFourSevenChannelDoesNot() {
        clock.set("2025-10-04T20:00:00+08:00");
        String itemId = "yili-" + UUID.randomUUID();
        UUID alert = raise("DUE_SOON", itemId, "654002", "伊宁市人力资源和社会保障局", "城乡居民养老保险待遇领取资格认证",
                LocalDate.of(2025, 10, 13), 2, null);

        await().atMost(PATIENCE).until(() -> receivers.at("/webhook/yili").stream().anyMatch(r -> r.text().contains(itemId)));
        await().atMost(PATIENCE).until(() -> deliveries(alert).contains("yili-oncall/yili-oncall:SENT:1"));
        Map<String, Object> mail = jdbc.sql("select state, held, attempts, next_attempt_at from delivery"
                + " where alert_id = ? and channel = 'yili-mail'").param(alert).query().singleRow();
        assertThat(mail).containsEntry("state", "PENDING").containsEntry("held", true).containsEntry("attempts", 0);
        assertThat(((Timestamp) mail.get("next_attempt_at")).toInstant())
                .isEqualTo(OffsetDateTime.parse("2025-10-09T09:00:00+08:00").toInstant());
        assertThat(meters.get("shixian.alerts").tags("type", "due-soon", "channel", "yili-mail", "outcome", "held")
                .counter().count()).isGreaterThanOrEqualTo(1);

        // the last evening of the holiday: still waiting
        clock.set("2025-10-08T23:59:00+08:00");
        long rounds = worker.rounds();
        await().atMost(PATIENCE).until(() -> worker.rounds() >= rounds + 3);
        assertThat(mailsTo("yili@yili.example", itemId)).isZero();

        clock.set("2025-10-09T09:00:00+08:00");
        await().atMost(PATIENCE).until(() -> mailsTo("yili@yili.example", itemId) == 1);
        await().atMost(PATIENCE).until(() -> deliveries(alert).contains("yili-mail/yili@yili.example:SENT:1"));
    }

    @Test
    void aHeldNotificationOfAnItemPublishedInTheMeantimeIsWithdrawnNotSent() {
        clock.set("2025-10-04T20:00:00+08:00");
        String itemId = "yili-" + UUID.randomUUID();
        jdbc.sql("""
                insert into obligation (item_id, version, region, responsible_body, title, due_on, due_at, due_soon_at,
                                        escalate_at, state, state_since, calendar_version, provisional, updated_at)
                values (?, 1, '654002', '伊宁市人力资源和社会保障局', '待遇领取资格认证', date '2025-10-13',
                        now(), now(), now(), 'DUE_SOON', now(), 'cal-test', false, now())""").param(itemId).update();
        UUID alert = raise("DUE_SOON", itemId, "654002", "伊宁市人力资源和社会保障局", "待遇领取资格认证",
                LocalDate.of(2025, 10, 13), 2, null);
        await().atMost(PATIENCE).until(() -> deliveries(alert).contains("yili-mail/yili@yili.example:PENDING:0"));

        jdbc.sql("update obligation set state = 'MET' where item_id = ?").param(itemId).update();
        await().atMost(PATIENCE).until(() -> deliveries(alert).contains("yili-mail/yili@yili.example:WITHDRAWN:0"));

        clock.set("2025-10-09T09:00:00+08:00");
        long rounds = worker.rounds();
        await().atMost(PATIENCE).until(() -> worker.rounds() >= rounds + 3);
        assertThat(mailsTo("yili@yili.example", itemId)).isZero();
        assertThat(meters.get("shixian.alerts").tags("type", "due-soon", "channel", "yili-mail", "outcome", "withdrawn")
                .counter().count()).isGreaterThanOrEqualTo(1);
    }

    private long mailsTo(String address, String itemId) {
        return Arrays.stream(receivers.smtp().getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)
                        && ((String) m.getContent()).contains(itemId);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
