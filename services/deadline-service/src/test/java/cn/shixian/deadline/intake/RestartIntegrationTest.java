package cn.shixian.deadline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.contracts.Topic;
import cn.shixian.deadline.DeadlineServiceApplication;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.RealInfrastructure;
import cn.shixian.testsupport.RealInfrastructureInitializer;
import cn.shixian.testsupport.SharedInfrastructure;
import cn.shixian.testsupport.TopicProbe;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
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

    // enough that the first instance is still busy when it stops (it takes ~10,000 a second here)
    private static final int EVENTS = 30_000;

    private final String schema = "deadline_restart_" + UUID.randomUUID().toString().substring(0, 8);
    private final String group = "restart-" + UUID.randomUUID();
    private final String prefix = "restart-" + UUID.randomUUID() + "-";

    @Test
    @SuppressWarnings("unchecked")
    void losesAndDoublesNothingAcrossARestartMidStream() {
        List<byte[]> events = IntStream.range(0, EVENTS).mapToObj(i -> ExampleEvent.of("disclosure.item.created")
                .forItem(prefix + i).bytes()).toList();
        long doneAtStop;
        try (ConfigurableApplicationContext first = start()) {
            KafkaTemplate<String, byte[]> kafka = first.getBean(KafkaTemplate.class);
            for (int i = 0; i < EVENTS; i++) {
                kafka.send(Topic.ITEMS.topicName(), prefix + i, events.get(i));
            }
            kafka.flush();
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            await().atMost(TopicProbe.PATIENCE).until(() -> count(jdbc, "obligation") > 0);
            first.close();
        }
        doneAtStop = countAfterStop();
        assertThat(doneAtStop).as("events applied when the first instance stopped").isBetween(1L, EVENTS - 1L);
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

    /** Read with a connection of its own: the stopped instance's pool is closed. */
    private long countAfterStop() {
        RealInfrastructure infrastructure = SharedInfrastructure.get();
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl(), infrastructure.username(),
                infrastructure.password());
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from " + schema + ".item_event where item_id like ?")) {
            query.setString(1, prefix + "%");
            ResultSet result = query.executeQuery();
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long outboxRows(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from " + schema + ".outbox").query(Long.class).single();
    }
}
