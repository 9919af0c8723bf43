package cn.shixian.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import cn.shixian.testsupport.ExampleEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The system {@code ./shixian up} runs: both services healthy, an event produced by a plain Kafka
 * client lands in PostgreSQL, and after a restart on the same data directory the topic and the
 * database still hold it.
 */
class LocalSystemTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    @Test
    void servesHealthAcceptsAnExternalRecordAndKeepsDataAcrossARestart() throws Exception {
        LocalSettings settings = new LocalSettings(dataDir, freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), false, Durability.DURABLE);
        String itemId = "local-" + UUID.randomUUID();

        try (LocalSystem system = LocalSystem.start(settings)) {
            assertThat(health(settings.deadlinePort())).contains("\"status\":\"UP\"");
            assertThat(health(settings.alertingPort())).contains("\"status\":\"UP\"");
            produce(system.kafkaBootstrapServers(), itemId, ExampleEvent.of("disclosure.item.created").forItem(itemId).bytes());
            await().atMost(PATIENCE).until(() -> storedEvents(system.jdbcUrl(), itemId) == 1);
        }

        try (LocalSystem restarted = LocalSystem.start(settings)) {
            assertThat(storedEvents(restarted.jdbcUrl(), itemId)).isEqualTo(1);
            assertThat(keysOnItemsTopic(restarted.kafkaBootstrapServers())).contains(itemId);
        }
    }


    private static void produce(String bootstrap, String key, byte[] value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("disclosure.items", key, value)).get();
        }
    }

    private static List<String> keysOnItemsTopic(String bootstrap) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("disclosure.items"));
            List<String> keys = new java.util.ArrayList<>();
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> keys.add(r.key()));
                return !keys.isEmpty();
            });
            return keys;
        }
    }

    private static long storedEvents(String jdbcUrl, String itemId) throws Exception {
        try (var connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             var query = connection.prepareStatement("select count(*) from deadline.item_event where item_id = ?")) {
            query.setString(1, itemId);
            var result = query.executeQuery();
            result.next();
            return result.getLong(1);
        }
    }

    private static String health(int port) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
