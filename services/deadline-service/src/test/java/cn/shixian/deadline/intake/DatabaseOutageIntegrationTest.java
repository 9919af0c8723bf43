package cn.shixian.deadline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.contracts.Topic;
import cn.shixian.deadline.DeadlineServiceApplication;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.SharedInfrastructure;
import cn.shixian.testsupport.TopicProbe;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The database goes away while events keep coming: consumption pauses and retries, nothing valid is
 * dead-lettered, and everything is applied once PostgreSQL is back. The service gets a PostgreSQL
 * server of its own here (same binaries, stopped and started again on its data directory), so the
 * other tests' database stays up.
 */
class DatabaseOutageIntegrationTest {

    @TempDir
    Path dataDirectory;

    @Test
    @SuppressWarnings("unchecked")
    void pausesWhileTheDatabaseIsDownAndLosesNothing() throws Exception {
        String before = "outage-" + UUID.randomUUID();
        String during = "outage-" + UUID.randomUUID();
        EmbeddedPostgres postgres = database(0);
        int port = postgres.getPort();
        try (ConfigurableApplicationContext service = start(postgres);
             TopicProbe deadLetters = TopicProbe.of(Topic.ITEMS.deadLetterTopicName())) {
            KafkaTemplate<String, byte[]> kafka = service.getBean(KafkaTemplate.class);
            JdbcClient jdbc = service.getBean(JdbcClient.class);
            send(kafka, before);
            await().atMost(TopicProbe.PATIENCE).until(() -> obligations(jdbc, before) == 1);

            postgres.close();
            send(kafka, during);
            assertThat(deadLetters.settle(r -> during.equals(r.key()), Duration.ofSeconds(5))).isEmpty();

            postgres = database(port);
            await().atMost(TopicProbe.PATIENCE).ignoreExceptions().until(() -> obligations(jdbc, during) == 1);
            assertThat(deadLetters.settle(r -> during.equals(r.key()), Duration.ofSeconds(1))).isEmpty();
        } finally {
            postgres.close();
        }
    }

    private EmbeddedPostgres database(int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPort(port).setRegisterShutdownHook(false).start();
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres postgres) {
        return DeadlineServiceApplication.application()
                .run("--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.get().kafkaBootstrapServers(),
                        "--spring.kafka.consumer.group-id=outage-" + UUID.randomUUID(),
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--spring.datasource.hikari.connection-timeout=1000",
                        "--shixian.outbox.poll-interval=100ms",
                        "--spring.jmx.enabled=false");
    }

    private static void send(KafkaTemplate<String, byte[]> kafka, String itemId) {
        kafka.send(Topic.ITEMS.topicName(), itemId, ExampleEvent.of("disclosure.item.created").forItem(itemId).bytes());
    }

    private static long obligations(JdbcClient jdbc, String itemId) {
        return jdbc.sql("select count(*) from obligation where item_id = ?").param(itemId).query(Long.class).single();
    }
}
