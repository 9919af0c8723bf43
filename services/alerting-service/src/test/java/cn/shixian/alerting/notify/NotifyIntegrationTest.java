package cn.shixian.alerting.notify;

import cn.shixian.alerting.AlertingServiceApplication;
import cn.shixian.testsupport.MutableClock;
import cn.shixian.testsupport.WithMutableClock;
import cn.shixian.testsupport.WithRealInfrastructure;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context for the notification tests, on real PostgreSQL, SMTP and HTTP: its own
 * schema (so no other test's context plans or sends its alerts, and it sends none of theirs), no
 * Kafka listeners, the sweep out of the way, a clock the tests move, and routes per region:
 * 6505 哈密 to every kind of channel, 3607 章贡区 to a robot that refuses everything, 6540 伊犁 to an
 * office-hours mailbox and a 24/7 webhook, 6523 昌吉 (one body) to a digest mailbox and robot.
 */
@SpringBootTest(classes = AlertingServiceApplication.class, properties = {
        "spring.config.name=" + AlertingServiceApplication.CONFIG_NAME,
        "spring.flyway.schemas=notify_it", "spring.flyway.default-schema=notify_it",
        "spring.datasource.hikari.schema=notify_it",
        "spring.kafka.listener.auto-startup=false",
        "shixian.sweep.interval=3650d",
        "shixian.notify.interval=100ms", "shixian.notify.http-timeout=2s", "shixian.notify.lease=5m",
        "shixian.notify.max-attempts=3", "shixian.notify.failing-after=2",
        "shixian.notify.timeline-base-url=http://127.0.0.1:8081/api/items/",
        "shixian.notify.routes[0].region-prefix=6505",
        "shixian.notify.routes[0].channels=hami-mail,hami-webhook,hami-dingtalk,hami-wecom",
        "shixian.notify.routes[1].region-prefix=3607",
        "shixian.notify.routes[1].channels=ganzhou-robot",
        "shixian.notify.routes[2].region-prefix=6540",
        "shixian.notify.routes[2].channels=yili-mail,yili-oncall",
        "shixian.notify.routes[3].region-prefix=6523",
        "shixian.notify.routes[3].responsible-body=昌吉市人力资源和社会保障局",
        "shixian.notify.routes[3].channels=changji-mail,changji-wecom",
        "shixian.notify.channels.hami-mail.type=email",
        "shixian.notify.channels.hami-mail.to=officer@hami.example,gongkai@hami.example",
        "shixian.notify.channels.hami-webhook.type=webhook",
        "shixian.notify.channels.hami-dingtalk.type=dingtalk",
        "shixian.notify.channels.hami-dingtalk.secret=" + TestReceivers.DINGTALK_SECRET,
        "shixian.notify.channels.hami-wecom.type=wecom",
        "shixian.notify.channels.ganzhou-robot.type=dingtalk",
        "shixian.notify.channels.yili-mail.type=email",
        "shixian.notify.channels.yili-mail.to=yili@yili.example",
        "shixian.notify.channels.yili-oncall.type=webhook",
        "shixian.notify.channels.yili-oncall.always-on=true",
        "shixian.notify.channels.changji-mail.type=email",
        "shixian.notify.channels.changji-mail.to=digest@changji.example",
        "shixian.notify.channels.changji-wecom.type=wecom"})
@WithRealInfrastructure
@WithMutableClock("2025-09-29T10:00:00+08:00")
abstract class NotifyIntegrationTest {

    @DynamicPropertySource
    static void receivers(DynamicPropertyRegistry registry) {
        TestReceivers receivers = TestReceivers.get();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> receivers.smtp().getSmtp().getPort());
        registry.add("shixian.notify.channels.hami-webhook.url", () -> receivers.url("/webhook/hami"));
        registry.add("shixian.notify.channels.hami-dingtalk.url", () -> receivers.url("/dingtalk/hami-signed?access_token=t0k"));
        registry.add("shixian.notify.channels.hami-wecom.url", () -> receivers.url("/wecom/hami?key=k3y"));
        registry.add("shixian.notify.channels.ganzhou-robot.url", () -> receivers.url("/dingtalk/refuse?access_token=t0k"));
        registry.add("shixian.notify.channels.yili-oncall.url", () -> receivers.url("/webhook/yili"));
        registry.add("shixian.notify.channels.changji-wecom.url", () -> receivers.url("/wecom/changji?key=k3y"));
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    final TestReceivers receivers = TestReceivers.get();

    /** Inserts an alert as the sweep does, raised now by the test clock; returns its id. */
    UUID raise(String type, String itemId, String region, String body, String title, LocalDate dueOn,
               Integer left, Integer overdue) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into alert (id, type, item_id, version, region, responsible_body, title, due_on,
                                   working_days_left, working_days_overdue, raised_at)
                values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, type, itemId, region, body, title, dueOn, left, overdue, Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** state/attempts of each delivery of an alert, by channel and recipient. */
    java.util.List<String> deliveries(UUID alertId) {
        return jdbc.sql("select channel || '/' || recipient || ':' || state || ':' || attempts from delivery"
                + " where alert_id = ? order by channel, recipient").param(alertId).query(String.class).list();
    }
}
