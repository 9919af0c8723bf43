package cn.shixian.alerting.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.alerting.AlertingServiceApplication;
import cn.shixian.contracts.Topic;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.WithRealInfrastructure;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;

/** Deadline events through a real Kafka broker into the read model in a real PostgreSQL. */
@SpringBootTest(properties = "spring.config.name=" + AlertingServiceApplication.CONFIG_NAME)
@WithRealInfrastructure
class ObligationReadModelIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    ObligationReadModel readModel;

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

}
