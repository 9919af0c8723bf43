package cn.shixian.deadline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.contracts.Topic;
import cn.shixian.deadline.DeadlineServiceApplication;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.RealInfrastructureInitializer;
import cn.shixian.testsupport.TopicProbe;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Stops the service in the middle of a stream and starts it again: every event ends as exactly one
 * obligation, and the outbox drains. Runs in a schema and consumer group of its own, so the other
 * test contexts of this JVM, which share broker and database, cannot do the work for it.
 */
class RestartIntegrationTest {

    private static final int EVENTS = 3000;

    private final String schema = "deadline_restart_" + UUID.randomUUID().toString().substring(0, 8);
    private final String group = "restart-" + UUID.randomUUID();
    private final String prefix = "restart-" + UUID.randomUUID() + "-";

    @Test
    @SuppressWarnings("unchecked")
    void losesAndDoublesNothingAcrossARestartMidStream() {
        try (ConfigurableApplicationContext first = start()) {
            KafkaTemplate<String, byte[]> kafka = first.getBean(KafkaTemplate.class);
            for (int i = 0; i < EVENTS; i++) {
                String itemId = prefix + i;
                kafka.send(Topic.ITEMS.topicName(), itemId,
                        ExampleEvent.of("disclosure.item.created").forItem(itemId).bytes());
            }
            kafka.flush();
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            await().atMost(TopicProbe.PATIENCE).until(() -> count(jdbc, "obligation") > 0);
        }
        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            await().atMost(TopicProbe.PATIENCE).until(() -> count(jdbc, "item_event") == EVENTS);
            await().atMost(TopicProbe.PATIENCE).until(() -> outboxRows(jdbc) == 0);
            assertThat(count(jdbc, "obligation")).isEqualTo(EVENTS);
            assertThat(jdbc.sql("select count(distinct item_id) from " + schema + ".obligation where item_id like ?")
                    .param(prefix + "%").query(Long.class).single()).isEqualTo(EVENTS);
        }
    }

    private ConfigurableApplicationContext start() {
        return DeadlineServiceApplication.application()
                .initializers(new RealInfrastructureInitializer())
                .run("--server.port=0",
                        "--spring.kafka.consumer.group-id=" + group,
                        "--spring.datasource.hikari.schema=" + schema,
                        "--spring.flyway.schemas=" + schema,
                        "--spring.flyway.default-schema=" + schema,
                        "--shixian.outbox.poll-interval=100ms",
                        "--spring.jmx.enabled=false");
    }

    private long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + schema + "." + table + " where item_id like ?")
                .param(prefix + "%").query(Long.class).single();
    }

    private long outboxRows(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from " + schema + ".outbox").query(Long.class).single();
    }
}
