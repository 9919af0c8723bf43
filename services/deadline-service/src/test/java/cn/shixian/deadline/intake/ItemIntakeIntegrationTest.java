package cn.shixian.deadline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.contracts.Topic;
import cn.shixian.deadline.DeadlineServiceApplication;
import cn.shixian.eventing.DeadLetterRouting;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.SharedInfrastructure;
import cn.shixian.testsupport.WithRealInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;

/** Item events through a real Kafka broker into a real PostgreSQL, bad ones to the DLT. */
@SpringBootTest(properties = "spring.config.name=" + DeadlineServiceApplication.CONFIG_NAME)
@WithRealInfrastructure
class ItemIntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    ItemEventLog log;
    @Autowired
    MeterRegistry meters;

    @Test
    void recordsAValidEventOnceEvenWhenItIsDeliveredTwice() {
        String itemId = "it-" + UUID.randomUUID();
        byte[] event = ExampleEvent.of("disclosure.item.created").forItem(itemId).bytes();

        kafka.send(Topic.ITEMS.topicName(), itemId, event);
        kafka.send(Topic.ITEMS.topicName(), itemId, event);
        kafka.send(Topic.ITEMS.topicName(), itemId, ExampleEvent.of("disclosure.item.created").forItem(itemId).bytes());

        await().atMost(PATIENCE).until(() -> log.countFor(itemId) == 2);
        assertThat(log.countFor(itemId)).isEqualTo(2);
    }

    @Test
    void sendsNonJsonToTheDeadLetterTopicAndKeepsThePartitionFlowing() {
        String itemId = "dlt-" + UUID.randomUUID();
        kafka.send(Topic.ITEMS.topicName(), itemId, "this is not json".getBytes(StandardCharsets.UTF_8));
        kafka.send(Topic.ITEMS.topicName(), itemId, ExampleEvent.of("disclosure.item.created").forItem(itemId).bytes());

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(itemId);
        assertThat(header(dead, DeadLetterRouting.REASON_HEADER)).isEqualTo("not-json");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topic.ITEMS.topicName());
        assertThat(header(dead, DeadLetterRouting.ORIGIN_HEADER)).startsWith(Topic.ITEMS.topicName() + "-");
        await().atMost(PATIENCE).until(() -> log.countFor(itemId) == 1);
        assertThat(meters.get("shixian.dead.letters").tag("reason", "not-json").counter().count())
                .isGreaterThanOrEqualTo(1.0);
    }


    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topic.ITEMS.deadLetterTopicName()));
            return await().atMost(PATIENCE).until(() -> find(consumer, key), r -> r != null);
        }
    }

    private static ConsumerRecord<String, byte[]> find(KafkaConsumer<String, byte[]> consumer, String key) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            if (key.equals(record.key())) {
                return record;
            }
        }
        return null;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
