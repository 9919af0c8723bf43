package cn.shixian.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.contracts.Alert;
import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** An alert row reaches every channel routed to its region: e-mail, webhook, DingTalk and WeCom, in Chinese. */
class AlertDeliveryIntegrationTest extends NotifyIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String BODY = "哈密市伊州区人力资源和社会保障局";

    @Autowired
    MeterRegistry meters;
    @Autowired
    DeliveryWorker worker;

    @Test
    void anOverdueAlertIsSentOnEveryChannelOfItsRegionOnce() throws Exception {
        clock.set("2025-09-29T10:00:00+08:00");
        String itemId = "hami-" + UUID.randomUUID();
        UUID alert = raise("OVERDUE", itemId, "650502", BODY, "社会保险经办机构办公地址及联系方式", LocalDate.of(2025, 9, 24), null, 3);

        await().atMost(PATIENCE).until(() -> deliveries(alert).stream().filter(d -> d.contains(":SENT:1")).count() == 5);
        assertThat(deliveries(alert)).containsExactly(
                "hami-dingtalk/hami-dingtalk:SENT:1", "hami-mail/gongkai@hami.example:SENT:1",
                "hami-mail/officer@hami.example:SENT:1", "hami-webhook/hami-webhook:SENT:1", "hami-wecom/hami-wecom:SENT:1");

        String link = "http://127.0.0.1:8081/api/items/" + itemId;
        List<MimeMessage> mails = mailsAbout(itemId);
        assertThat(mails).hasSize(2);
        assertThat(mails).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
                .containsExactlyInAnyOrder("officer@hami.example", "gongkai@hami.example");
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).isEqualTo("【时限】逾期提醒：社会保险经办机构办公地址及联系方式 — " + BODY);
        assertThat((String) mail.getContent()).contains(
                "事项：社会保险经办机构办公地址及联系方式（事项编号 " + itemId + "，第 1 版）",
                "公开主体：" + BODY, "公开期限：2025-09-24（已逾期 3 个工作日）", "时间线：" + link);

        TestReceivers.Received webhook = only(receivers.at("/webhook/hami"), itemId);
        assertThat(webhook.contentType()).startsWith("application/cloudevents+json");
        CloudEvent<?> event = new EventCodec().decode(webhook.body());
        assertThat(event.id()).isEqualTo(alert.toString());
        assertThat(event.type().type()).isEqualTo("disclosure.alert.overdue");
        assertThat(event.data()).isEqualTo(new Alert(itemId, 1, "650502", BODY, LocalDate.of(2025, 9, 24),
                Alert.AlertState.OVERDUE, null, 3));

        TestReceivers.Received dingTalk = only(receivers.at("/dingtalk/hami-signed"), itemId);
        assertThat(dingTalk.query()).startsWith("access_token=t0k&timestamp=").contains("&sign=");
        JsonNode ding = dingTalk.json();
        assertThat(ding.get("msgtype").asString()).isEqualTo("markdown");
        assertThat(ding.at("/markdown/title").asString()).startsWith("【时限】逾期提醒：社会保险经办机构办公地址及联系方式");
        assertThat(ding.at("/markdown/text").asString()).contains("**公开主体**：" + BODY,
                "**公开期限**：2025-09-24（已逾期 3 个工作日）", "[查看时间线](" + link + ")");

        JsonNode weCom = only(receivers.at("/wecom/hami"), itemId).json();
        assertThat(weCom.get("msgtype").asString()).isEqualTo("markdown");
        assertThat(weCom.at("/markdown/content").asString()).contains("### 【时限】逾期提醒", "[查看时间线](" + link + ")");

        assertThat(meters.get("shixian.alerts").tags("type", "overdue", "channel", "hami-wecom", "outcome", "sent")
                .counter().count()).isGreaterThanOrEqualTo(1);

        // more rounds of the worker send nothing again
        long rounds = worker.rounds();
        await().atMost(PATIENCE).until(() -> worker.rounds() >= rounds + 3);
        assertThat(mailsAbout(itemId)).hasSize(2);
        assertThat(receivers.at("/wecom/hami")).filteredOn(r -> r.text().contains(itemId)).hasSize(1);
    }

    @Test
    void aDueSoonMailSaysTheWorkingDaysLeft() throws Exception {
        clock.set("2025-09-29T10:00:00+08:00");
        String itemId = "hami-" + UUID.randomUUID();
        raise("DUE_SOON", itemId, "650502", BODY, "失业保险金申领条件", LocalDate.of(2025, 10, 10), 2, null);

        await().atMost(PATIENCE).until(() -> mailsAbout(itemId).size() == 2);
        MimeMessage mail = mailsAbout(itemId).getFirst();
        assertThat(mail.getSubject()).isEqualTo("【时限】临期提醒：失业保险金申领条件 — " + BODY);
        assertThat((String) mail.getContent()).contains("公开期限：2025-10-10（还剩 2 个工作日）");
    }

    private List<MimeMessage> mailsAbout(String itemId) {
        return Arrays.stream(receivers.smtp().getReceivedMessages()).filter(m -> content(m).contains(itemId)).toList();
    }

    private static String content(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestReceivers.Received only(List<TestReceivers.Received> received, String itemId) {
        List<TestReceivers.Received> about = received.stream().filter(r -> r.text().contains(itemId)).toList();
        assertThat(about).hasSize(1);
        return about.getFirst();
    }
}
