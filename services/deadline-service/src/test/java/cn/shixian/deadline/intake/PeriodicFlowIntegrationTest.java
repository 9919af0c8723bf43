package cn.shixian.deadline.intake;

import static cn.shixian.testsupport.TopicProbe.value;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.Topic;
import cn.shixian.deadline.DeadlineServiceApplication;
import cn.shixian.deadline.periods.PeriodScheduler;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.MutableClock;
import cn.shixian.testsupport.TopicProbe;
import cn.shixian.testsupport.WithMutableClock;
import cn.shixian.testsupport.WithRealInfrastructure;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A periodic item (每季度结束后15个工作日内) through a real broker and PostgreSQL, on an injected clock: its
 * periods open as they begin, a publication meets the period it names, retiring stops the schedule, and
 * a change long past opens every period begun since at once.
 */
@SpringBootTest(properties = {
        "spring.config.name=" + DeadlineServiceApplication.CONFIG_NAME,
        "shixian.outbox.poll-interval=100ms"})
@WithRealInfrastructure
@WithMutableClock("2025-09-24T12:00:00+08:00")
class PeriodicFlowIntegrationTest {

    private static final Map<String, String> QUARTERLY = Map.of("text", "每季度结束后15个工作日内");
    private static TopicProbe deadlines;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeriodScheduler periods;
    @Autowired
    MutableClock clock;

    @BeforeAll
    static void probe() {
        deadlines = TopicProbe.of(Topic.DEADLINES.topicName());
    }

    @AfterAll
    static void close() {
        deadlines.close();
    }

    @Test
    void aPeriodicItemOpensEachPeriodWhenItBeginsMeetsThePeriodPublishedAndStopsWhenRetired() {
        clock.set("2025-09-24T12:00:00+08:00");
        String itemId = "it-" + UUID.randomUUID();
        send(ExampleEvent.of("disclosure.item.created").forItem(itemId).with("timeLimit", QUARTERLY)); // changed 2025-09-24
        assertThat(value(deadlines.awaitKey(itemId, 1).getFirst())).contains("\"period\":\"2025-Q3\"");

        periods.openPeriodsBegunBy(LocalDate.parse("2025-10-01"));
        periods.openPeriodsBegunBy(LocalDate.parse("2025-10-01"));

        assertThat(value(deadlines.awaitKey(itemId, 2).get(1)))
                .contains("disclosure.deadline.opened", "\"period\":\"2025-Q4\"", "\"dueOn\":\"2026-01-22\"");
        assertThat(periodsOf(itemId)).as("opened once").containsExactly("2025-Q3", "2025-Q4");
        send(ExampleEvent.of("disclosure.item.published").forItem(itemId).with("version", 1)
                .with("publishedAt", "2026-01-06T09:00:00+08:00").with("period", "2025-Q4"));
        assertThat(value(deadlines.awaitKey(itemId, 3).get(2)))
                .contains("disclosure.deadline.met", "\"period\":\"2025-Q4\"", "\"late\":false");

        send(ExampleEvent.of("disclosure.item.retired").forItem(itemId));
        assertThat(value(deadlines.awaitKey(itemId, 4).get(3)))
                .contains("disclosure.deadline.cancelled", "\"period\":\"2025-Q3\"");
        periods.openPeriodsBegunBy(LocalDate.parse("2026-12-31"));
        assertThat(periodsOf(itemId)).as("retired: the schedule stopped").hasSize(2);
        assertThat(jdbc.sql("select next_period_starts from item where item_id = ?").param(itemId)
                .query(LocalDate.class).optional()).isEmpty();
    }

    @Test
    void aChangeLongPastOpensEveryPeriodBegunSinceInItsOwnBatch() {
        clock.set("2026-04-02T09:00:00+08:00");
        String itemId = "it-" + UUID.randomUUID();
        send(ExampleEvent.of("disclosure.item.created").forItem(itemId).with("timeLimit", QUARTERLY)); // changed 2025-09-24

        deadlines.awaitKey(itemId, 4);
        assertThat(periodsOf(itemId)).containsExactly("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2");
        assertThat(jdbc.sql("select next_period_starts::text from item where item_id = ?").param(itemId)
                .query(String.class).single()).isEqualTo("2026-07-01");
    }

    private void send(ExampleEvent event) {
        kafka.send(Topic.ITEMS.topicName(), event.json().get("subject").asString(), event.bytes());
    }

    private List<String> periodsOf(String itemId) {
        return jdbc.sql("select period from obligation where item_id = ? order by period").param(itemId)
                .query(String.class).list();
    }
}
