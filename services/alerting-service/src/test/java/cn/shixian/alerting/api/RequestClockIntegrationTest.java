package cn.shixian.alerting.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.alerting.access.AlertingApiTest;
import cn.shixian.alerting.access.LocalUser;
import cn.shixian.alerting.sweep.Sweep;
import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.RequestAlert;
import cn.shixian.contracts.Topic;
import cn.shixian.testsupport.ApiClient;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.TopicProbe;
import cn.shixian.testsupport.WithMutableClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A request's answer period (依申请公开) through the real broker into the read model: paused for a
 * correction (补正) it raises nothing even past its old due date; restarted, it alerts due soon,
 * overdue and answered late once each, on its own contract types; the reads show it under
 * {@code kind=REQUEST} and keep it out of the items' lists.
 */
@AlertingApiTest
@WithMutableClock(ClockedReadModelApiTest.START)
class RequestClockIntegrationTest extends ClockedReadModelApiTest {

    private static final String BODY = "哈密市人力资源和社会保障局";

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    Sweep sweep;

    private final List<String> requests = new ArrayList<>();

    @Test
    void aRequestsClockPausesRestartsAndAlertsOncePerTransition() {
        String id = request();
        clock.set("2025-09-26T10:00:00+08:00");
        send(ExampleEvent.of("disclosure.request.deadline.opened").forRequest(id).with("region", "650500")
                .with("dueOn", "2025-10-30").with("dueAt", "2025-10-31T00:00:00+08:00"));
        await().atMost(TopicProbe.PATIENCE).until(() -> state(id) != null);
        assertThat(jdbc.sql("select kind || ':' || version || ':' || title from obligation where item_id = ?")
                .param(id).query(String.class).single())
                .isEqualTo("REQUEST:0:申请公开2024年度哈密市城乡居民基本养老保险基金收支情况");
        sweep.run();
        assertThat(state(id)).isEqualTo("OPEN");

        // 补正: the clock stops; past the old due date the sweep leaves it alone
        send(ExampleEvent.of("disclosure.request.deadline.paused").forRequest(id));
        await().atMost(TopicProbe.PATIENCE).until(() -> "PAUSED".equals(state(id)));
        clock.set("2025-11-03T10:00:00+08:00");
        sweep.run();
        assertThat(state(id)).isEqualTo("PAUSED");
        assertThat(alertTypes(id)).isEmpty();

        // corrected on 10-15: 20 working days from there, due 11-12
        send(ExampleEvent.of("disclosure.request.deadline.recomputed").forRequest(id).with("region", "650500")
                .with("cause", "CORRECTED").with("startedOn", "2025-10-15").with("workingDays", 20)
                .with("dueOn", "2025-11-12").with("dueAt", "2025-11-13T00:00:00+08:00")
                .with("previousDueOn", "2025-10-30"));
        await().atMost(TopicProbe.PATIENCE).until(() -> "OPEN".equals(state(id)));
        assertThat(worklist("kind=REQUEST&region=650500")).contains(id);
        assertThat(worklist("region=650500")).as("the items' worklist, the default").doesNotContain(id);

        clock.set("2025-11-10T09:00:00+08:00");
        sweep.run();
        assertThat(state(id)).isEqualTo("DUE_SOON");
        clock.set("2025-11-13T00:00:01+08:00");
        sweep.run();
        sweep.run();
        assertThat(state(id)).isEqualTo("OVERDUE");

        clock.set("2025-11-17T10:00:00+08:00");
        send(ExampleEvent.of("disclosure.request.deadline.met").forRequest(id).with("dueOn", "2025-11-12")
                .with("answeredAt", "2025-11-17T10:00:00+08:00").with("late", true).with("workingDaysLate", 3));
        await().atMost(TopicProbe.PATIENCE).until(() -> "MET_LATE".equals(state(id)));

        assertThat(alertTypes(id)).containsExactly("REQUEST:DUE_SOON", "REQUEST:OVERDUE", "REQUEST:PUBLISHED_LATE");
        try (TopicProbe alerts = TopicProbe.of(Topic.ALERTS.topicName())) {
            List<CloudEvent<?>> events = alerts.awaitKey(id, 3).stream()
                    .<CloudEvent<?>>map(r -> new EventCodec().decode(r.value())).toList();
            assertThat(events).extracting(e -> e.type().type()).containsExactly("disclosure.request.alert.due-soon",
                    "disclosure.request.alert.overdue", "disclosure.request.alert.answered-late");
            assertThat(events.getLast().data()).isEqualTo(new RequestAlert(id, "650500", BODY,
                    "申请公开2024年度哈密市城乡居民基本养老保险基金收支情况", LocalDate.of(2025, 11, 12),
                    RequestAlert.State.ANSWERED_LATE, null, 3));
        }
    }

    @Test
    void theReadsShowRequestsUnderTheirKindOnly() {
        String id = request();
        clock.set("2025-11-20T10:00:00+08:00");
        send(ExampleEvent.of("disclosure.request.deadline.opened").forRequest(id).with("region", "650500")
                .with("dueOn", "2025-10-30").with("dueAt", "2025-10-31T00:00:00+08:00"));
        await().atMost(TopicProbe.PATIENCE).until(() -> state(id) != null);
        sweep.run();
        assertThat(state(id)).isEqualTo("ESCALATED");

        JsonNode alerts = api.get("/api/alerts?kind=REQUEST&itemId=" + id, LocalUser.OFFICER).json();
        assertThat(alerts.get("content")).hasSize(1);
        assertThat(alerts.get("content").get(0).get("kind").asString()).isEqualTo("REQUEST");
        assertThat(alerts.get("content").get(0).get("type").asString()).isEqualTo("ESCALATED");
        assertThat(api.get("/api/alerts?itemId=" + id, LocalUser.OFFICER).json().get("content")).isEmpty();

        JsonNode row = api.get("/api/obligations?kind=REQUEST&itemId=" + id, LocalUser.OFFICER).json()
                .get("content").get(0);
        assertThat(row.get("kind").asString()).isEqualTo("REQUEST");
        assertThat(row.get("version").asInt()).isZero();
        assertThat(row.get("openAlertId").asString()).isNotBlank();
        // a Zhanggong officer does not see a Hami request
        assertThat(api.get("/api/obligations?kind=REQUEST&itemId=" + id, LocalUser.ZHANGGONG).json()
                .get("content")).isEmpty();

        JsonNode summary = api.get("/api/obligations/summary?kind=REQUEST&region=650500", LocalUser.OFFICER).json();
        assertThat(summary.get("byState").get("ESCALATED").asLong()).isPositive();

        // withdrawn (撤回): closed, nothing more alerts
        send(ExampleEvent.of("disclosure.request.deadline.cancelled").forRequest(id));
        await().atMost(TopicProbe.PATIENCE).until(() -> "CANCELLED".equals(state(id)));

        await().atMost(TopicProbe.PATIENCE).until(() -> api.get("/actuator/prometheus", LocalUser.ADMIN).body()
                .lines().anyMatch(line -> line.startsWith("shixian_requests{region=\"650500\",responsible_body=\""
                        + BODY + "\",state=\"CANCELLED\"}")));
    }

    @Test
    void anUnknownKindIsRefusedNamingTheParameter() {
        ApiClient.Response response = api.get("/api/obligations?kind=requests", LocalUser.OFFICER);
        JsonNode problem = response.problem(400);
        assertThat(problem.toString()).contains("kind").contains("ITEM").contains("REQUEST");
        assertThat(api.get("/api/alerts?kind=x", LocalUser.OFFICER).status()).isEqualTo(400);
        assertThat(api.get("/api/obligations/summary?kind=x", LocalUser.OFFICER).status()).isEqualTo(400);
    }

    @AfterEach
    void deleteRequests() {
        // dated by this test's clock: a sweep of another context must not find them open
        if (!requests.isEmpty()) {
            jdbc.sql("delete from alert where item_id in (:ids)").param("ids", requests).update();
            jdbc.sql("delete from obligation where item_id in (:ids)").param("ids", requests).update();
        }
    }

    private String request() {
        String id = "hami-ysq-" + UUID.randomUUID();
        requests.add(id);
        return id;
    }

    private void send(ExampleEvent event) {
        kafka.send(Topic.DEADLINES.topicName(), event.json().get("subject").asString(), event.bytes());
    }

    private String state(String id) {
        return jdbc.sql("select state from obligation where item_id = ? and version = 0").param(id)
                .query(String.class).optional().orElse(null);
    }

    private List<String> alertTypes(String id) {
        return jdbc.sql("select kind || ':' || type from alert where item_id = ? order by raised_at, type").param(id)
                .query(String.class).list();
    }

    private List<String> worklist(String query) {
        List<String> ids = new ArrayList<>();
        api.get("/api/obligations?size=200&" + query, LocalUser.OFFICER).json().get("content")
                .forEach(row -> ids.add(row.get("itemId").asString()));
        return ids;
    }
}
