package cn.shixian.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily digest (每日摘要) of 昌吉市人力资源和社会保障局: run by the clustered Quartz scheduler on
 * the make-up working Sunday 2025-09-28, one message per recipient, and none on 国庆.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigestIntegrationTest extends NotifyIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String BODY = "昌吉市人力资源和社会保障局";

    @Autowired
    Scheduler scheduler;
    @Autowired
    DigestPlanner digests;

    @BeforeAll
    void obligations() {
        // escalate_at far ahead: this context's sweep must leave these states alone
        obligation("changji-overdue", BODY, "工伤保险待遇核定结果", "2025-09-19", "OVERDUE");
        obligation("changji-due-soon", BODY, "社会保障卡申领流程", "2025-09-30", "DUE_SOON");
        obligation("changji-open", BODY, "养老保险关系转移接续", "2025-11-20", "OPEN");
        obligation("changji-other-body", "昌吉市财政局", "政府采购意向", "2025-09-10", "OVERDUE");
    }

    @Test
    void onTheMakeUpWorkingSundayTheScheduledJobSendsOneDigestPerRecipient() throws Exception {
        clock.set("2025-09-28T09:00:00+08:00");
        scheduler.triggerJob(JobKey.jobKey("digest", DigestSchedule.GROUP));

        await().atMost(PATIENCE).until(() -> digestMails("2025-09-28").size() == 1);
        MimeMessage mail = digestMails("2025-09-28").getFirst();
        assertThat(mail.getSubject()).isEqualTo("【时限】每日摘要 2025-09-28：逾期升级 0 项，逾期 1 项，临期 1 项");
        String text = (String) mail.getContent();
        assertThat(text).contains(
                "1. [逾期] 工伤保险待遇核定结果；公开主体：" + BODY + "；期限 2025-09-19，已逾期 6 个工作日",
                "http://127.0.0.1:8081/api/items/changji-overdue",
                "2. [临期] 社会保障卡申领流程；公开主体：" + BODY + "；期限 2025-09-30，还剩 2 个工作日");
        assertThat(text).doesNotContain("养老保险关系转移接续", "政府采购意向");

        await().atMost(PATIENCE).until(() -> receivers.at("/wecom/changji").stream()
                .anyMatch(r -> r.text().contains("每日摘要 2025-09-28")));

        // a second fire the same day (a misfire, another instance) plans nothing new
        assertThat(digests.planToday()).isZero();
        assertThat(jdbc.sql("select count(*) from delivery where digest_on = '2025-09-28'").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void noDigestOnNationalDayEvenWhenTheJobIsRun() {
        clock.set("2025-10-01T09:00:00+08:00");
        assertThat(digests.planToday()).isZero();
        clock.set("2025-10-09T09:00:00+08:00");
        assertThat(digests.planToday()).isEqualTo(2);
    }

    private List<MimeMessage> digestMails(String day) {
        return Arrays.stream(receivers.smtp().getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals("digest@changji.example")
                        && m.getSubject().startsWith("【时限】每日摘要 " + day);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private void obligation(String itemId, String body, String title, String dueOn, String state) {
        LocalDate due = LocalDate.parse(dueOn);
        Timestamp dueAt = Timestamp.from(due.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        Timestamp far = Timestamp.from(OffsetDateTime.parse("2030-01-01T00:00:00+08:00").toInstant());
        jdbc.sql("""
                insert into obligation (item_id, version, region, responsible_body, due_on, state, calendar_version,
                                        provisional, updated_at, title, due_at, due_soon_at, escalate_at, state_since)
                values (?, 1, '652301', ?, ?, ?, 'test', false, now(), ?, ?, ?, ?, now())
                on conflict do nothing""")
                .params(itemId, body, due, state, title, dueAt, dueAt, far).update();
    }
}
