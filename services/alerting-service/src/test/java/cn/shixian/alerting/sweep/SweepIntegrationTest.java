package cn.shixian.alerting.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.contracts.Alert;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.Topic;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.TopicProbe;
import cn.shixian.testsupport.WithMutableClock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A fixed clock walks obligations through every state; each transition raises exactly one alert. */
@WithMutableClock("2025-09-24T12:00:00+08:00")
class SweepIntegrationTest extends SweepApplicationTest {

    @Test
    void walksAnObligationThroughEveryStateWithOneAlertPerTransition() {
        String itemId = "walk-" + UUID.randomUUID();
        clock.set("2025-09-24T12:00:00+08:00");
        send(opened(itemId, "110101", "2025-10-28"));
        await().atMost(TopicProbe.PATIENCE).until(() -> state(itemId) != null);

        sweep.run();
        assertThat(state(itemId)).isEqualTo("OPEN");
        clock.set("2025-10-24T08:00:00+08:00");
        sweep.run();
        assertThat(state(itemId)).isEqualTo("DUE_SOON");
        clock.set("2025-10-29T00:00:01+08:00");
        sweep.run();
        assertThat(state(itemId)).isEqualTo("OVERDUE");
        clock.set("2025-11-04T09:00:00+08:00");
        sweep.run();
        sweep.run();
        assertThat(state(itemId)).isEqualTo("ESCALATED");
        send(ExampleEvent.of("disclosure.deadline.met").forItem(itemId).with("dueOn", "2025-10-28")
                .with("publishedAt", "2025-11-05T10:00:00+08:00").with("late", true).with("workingDaysLate", 6));
        await().atMost(TopicProbe.PATIENCE).until(() -> "MET_LATE".equals(state(itemId)));

        assertThat(jdbc.sql("select type || ':' || coalesce(working_days_left, -1) || ':' || coalesce(working_days_overdue, -1)"
                + " from alert where item_id = ? order by raised_at").param(itemId).query(String.class).list())
                .containsExactly("DUE_SOON:3:-1", "OVERDUE:-1:1", "ESCALATED:-1:5", "PUBLISHED_LATE:-1:6");
        try (TopicProbe alerts = TopicProbe.of(Topic.ALERTS.topicName())) {
            var events = alerts.awaitKey(itemId, 4).stream().map(r -> new EventCodec().decode(r.value())).toList();
            assertThat(events).extracting(e -> e.type().type()).containsExactly("disclosure.alert.due-soon",
                    "disclosure.alert.overdue", "disclosure.alert.escalated", "disclosure.alert.published-late");
            // an alert's event carries the alert's id, so notifications and events can be matched
            assertThat(events).extracting(e -> e.id()).containsExactlyInAnyOrderElementsOf(jdbc
                    .sql("select id::text from alert where item_id = ?").param(itemId).query(String.class).list());
        }
    }

    @Test
    void aLongForgottenObligationIsEscalatedInOneSweepWithOneAlert() {
        String itemId = "old-" + UUID.randomUUID();
        clock.set("2026-11-26T10:00:00+08:00");
        send(opened(itemId, "650500", "2025-06-03"));
        await().atMost(TopicProbe.PATIENCE).until(() -> state(itemId) != null);

        sweep.run();

        assertThat(state(itemId)).isEqualTo("ESCALATED");
        assertThat(jdbc.sql("select type from alert where item_id = ?").param(itemId).query(String.class).list())
                .containsExactly("ESCALATED");
    }

    /**
     * Each statement of a sweep reads its own snapshot: an obligation the read model commits after the
     * escalating update ran is seen by the overdue and due-soon updates of the same sweep. They leave
     * it alone, and the next sweep escalates it with one alert (infra/cluster saw OVERDUE and DUE_SOON
     * alerts for such obligations, then ESCALATED).
     */
    @Test
    void aLongOverdueObligationArrivingAfterTheEscalatingUpdateIsLeftToTheNextSweepAndEscalatedWithOneAlert() {
        String itemId = "mid-sweep-" + UUID.randomUUID();
        clock.set("2026-11-26T10:00:00+08:00");
        send(opened(itemId, "650500", "2025-06-03"));
        await().atMost(TopicProbe.PATIENCE).until(() -> state(itemId) != null);

        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        for (Transition later : Transition.ALL.subList(1, Transition.ALL.size())) {
            assertThat(jdbc.sql(later.sql()).params(later.parameters(now)).query().listOfRows()).isEmpty();
        }
        assertThat(state(itemId)).isEqualTo("OPEN");

        sweep.run();
        assertThat(state(itemId)).isEqualTo("ESCALATED");
        assertThat(jdbc.sql("select type from alert where item_id = ?").param(itemId).query(String.class).list())
                .containsExactly("ESCALATED");
    }

    @Test
    void aLaterDueDateMovesAnOverdueObligationBackWithoutAnAlert() {
        String itemId = "moved-" + UUID.randomUUID();
        clock.set("2025-10-30T10:00:00+08:00");
        send(opened(itemId, "110101", "2025-10-28"));
        await().atMost(TopicProbe.PATIENCE).until(() -> state(itemId) != null);
        sweep.run();
        assertThat(state(itemId)).isEqualTo("OVERDUE");

        send(ExampleEvent.of("disclosure.deadline.recomputed").forItem(itemId).with("region", "110101")
                .with("dueOn", "2025-11-20").with("previousDueOn", "2025-10-28"));

        await().atMost(TopicProbe.PATIENCE).until(() -> "OPEN".equals(state(itemId)));
        sweep.run();
        assertThat(state(itemId)).isEqualTo("OPEN");
        assertThat(jdbc.sql("select count(*) from alert where item_id = ?").param(itemId).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void eachPeriodOfAPeriodicItemIsAnObligationOfItsOwnWithItsOwnAlerts() {
        String itemId = "quarterly-" + UUID.randomUUID();
        clock.set("2025-10-30T10:00:00+08:00");
        send(opened(itemId, "650500", "2025-10-28").with("timeLimitKind", "PERIODIC").with("period", "2025-Q3"));
        send(opened(itemId, "650500", "2026-01-22").with("timeLimitKind", "PERIODIC").with("period", "2025-Q4"));
        await().atMost(TopicProbe.PATIENCE).until(() -> periods(itemId).size() == 2);

        sweep.run();
        assertThat(periods(itemId)).containsExactly("2025-Q3:OVERDUE:PERIODIC", "2025-Q4:OPEN:PERIODIC");
        send(ExampleEvent.of("disclosure.deadline.met").forItem(itemId).with("dueOn", "2025-10-28")
                .with("period", "2025-Q3").with("publishedAt", "2025-10-31T10:00:00+08:00").with("late", true)
                .with("workingDaysLate", 3));
        await().atMost(TopicProbe.PATIENCE).until(() -> periods(itemId).contains("2025-Q3:MET_LATE:PERIODIC"));

        assertThat(periods(itemId)).containsExactly("2025-Q3:MET_LATE:PERIODIC", "2025-Q4:OPEN:PERIODIC");
        assertThat(jdbc.sql("select period || ':' || type from alert where item_id = ? order by raised_at")
                .param(itemId).query(String.class).list()).containsExactly("2025-Q3:OVERDUE", "2025-Q3:PUBLISHED_LATE");
        try (TopicProbe alerts = TopicProbe.of(Topic.ALERTS.topicName())) {
            assertThat(alerts.awaitKey(itemId, 2)).extracting(r -> new EventCodec().decode(r.value()).data())
                    .extracting(data -> ((Alert) data).period()).containsOnly("2025-Q3");
        }
    }

    private java.util.List<String> periods(String itemId) {
        return jdbc.sql("select period || ':' || state || ':' || limit_kind from obligation where item_id = ?"
                + " order by period").param(itemId).query(String.class).list();
    }

    private void send(ExampleEvent event) {
        kafka.send(Topic.DEADLINES.topicName(), event.json().get("subject").asString(), event.bytes());
    }

    private static ExampleEvent opened(String itemId, String region, String dueOn) {
        return ExampleEvent.of("disclosure.deadline.opened").forItem(itemId).with("region", region)
                .with("dueOn", dueOn);
    }

    private String state(String itemId) {
        return jdbc.sql("select state from obligation where item_id = ?").param(itemId).query(String.class)
                .optional().orElse(null);
    }
}
