package cn.shixian.alerting.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.alerting.AlertingServiceApplication;
import cn.shixian.alerting.lifecycle.ObligationState;
import cn.shixian.contracts.Topic;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.TopicProbe;
import cn.shixian.testsupport.WithMutableClock;
import cn.shixian.testsupport.WithRealInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/** Deadline events through a real Kafka broker into the read model in a real PostgreSQL. */
@SpringBootTest(properties = "spring.config.name=" + AlertingServiceApplication.CONFIG_NAME)
@WithRealInfrastructure
// the examples are due 2025-10-28: on the real clock the minutely sweep could move one past OPEN between
// its opening and the assertion
@WithMutableClock("2025-09-24T12:00:00+08:00")
class ObligationReadModelIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    ObligationReadModel readModel;
    @Autowired
    JdbcClient jdbc;

    @Test
    void opensAnObligationAndEndsItWhenItIsMetLate() {
        String itemId = "alert-it-" + UUID.randomUUID();
        byte[] opened = ExampleEvent.of("disclosure.deadline.opened").forItem(itemId).with("version", 1).bytes();
        kafka.send(Topic.DEADLINES.topicName(), itemId, opened);
        kafka.send(Topic.DEADLINES.topicName(), itemId, opened);

        await().atMost(PATIENCE).until(() -> readModel.stateOf(itemId, 1).isPresent());
        assertThat(readModel.stateOf(itemId, 1)).contains(ObligationState.OPEN);

        kafka.send(Topic.DEADLINES.topicName(), itemId, ExampleEvent.of("disclosure.deadline.met").forItem(itemId)
                .with("version", 1).with("late", true).with("workingDaysLate", 2).bytes());
        await().atMost(PATIENCE).until(() -> readModel.stateOf(itemId, 1).equals(Optional.of(ObligationState.MET_LATE)));
    }

    @Test
    void keepsTheCategoryOfTheOpenedObligationThroughARecompute() {
        String itemId = "alert-it-" + UUID.randomUUID();
        String other = "alert-it-" + UUID.randomUUID();
        kafka.send(Topic.DEADLINES.topicName(), itemId, ExampleEvent.of("disclosure.deadline.opened").forItem(itemId)
                .with("version", 1).with("category", List.of("社会保险", "养老保险", "待遇领取资格认证")).bytes());
        kafka.send(Topic.DEADLINES.topicName(), other, ExampleEvent.of("disclosure.deadline.opened").forItem(other)
                .with("version", 1).with("category", List.of()).bytes());
        await().atMost(PATIENCE).until(() -> readModel.stateOf(itemId, 1).isPresent()
                && readModel.stateOf(other, 1).isPresent());
        assertThat(category(itemId)).containsExactly("社会保险", "养老保险", "待遇领取资格认证");
        assertThat(category(other)).isEmpty();

        kafka.send(Topic.DEADLINES.topicName(), itemId, ExampleEvent.of("disclosure.deadline.recomputed")
                .forItem(itemId).with("version", 1).with("dueOn", "2025-10-30")
                .with("dueAt", "2025-10-31T00:00:00+08:00").bytes());
        await().atMost(PATIENCE).until(() -> jdbc.sql("select due_on::text from obligation where item_id = ?")
                .param(itemId).query(String.class).single().equals("2025-10-30"));
        assertThat(category(itemId)).containsExactly("社会保险", "养老保险", "待遇领取资格认证");
        // what the worklist searches, kept by PostgreSQL
        assertThat(jdbc.sql("select category_text from obligation where item_id = ?").param(itemId)
                .query(String.class).single()).isEqualTo("社会保险\u001f养老保险\u001f待遇领取资格认证");
    }

    @Test
    void aRefusedRecordIsDeadLetteredWithItsReasonAndTheRestOfTheBatchIsApplied() {
        String itemId = "alert-it-" + UUID.randomUUID();
        String bad = "alert-bad-" + UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.of(Topic.DEADLINES.deadLetterTopicName())) {
            kafka.send(Topic.DEADLINES.topicName(), bad, "{not json".getBytes(StandardCharsets.UTF_8));
            kafka.send(Topic.DEADLINES.topicName(), itemId, ExampleEvent.of("disclosure.deadline.opened")
                    .forItem(itemId).with("version", 1).bytes());

            await().atMost(PATIENCE).until(() -> readModel.stateOf(itemId, 1).isPresent());
            var letters = deadLetters.awaitKey(bad, 1);
            assertThat(TopicProbe.header(letters.getFirst(), "shixian-dlt-reason")).isEqualTo("not-json");
            assertThat(TopicProbe.header(letters.getFirst(), "shixian-dlt-origin")).startsWith("disclosure.deadlines-");
            assertThat(deadLetters.settle(r -> bad.equals(r.key()), Duration.ofSeconds(2))).hasSize(1);
        }
    }

    private List<String> category(String itemId) {
        return jdbc.sql("select category from obligation where item_id = ?").param(itemId)
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single();
    }

}
