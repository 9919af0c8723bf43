package cn.shixian.eventing;

import static cn.shixian.testsupport.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.EventCodec;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.SharedInfrastructure;
import cn.shixian.testsupport.TopicProbe;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

/**
 * The listener error handler every service uses, in a real listener container on the in-process
 * broker: bad input goes to {@code <topic>.DLT} at once with its reason, a record that keeps failing
 * goes there after three retries, and one that failed for an outage is never dead-lettered.
 */
class DeadLetterRoutingTest {

    private static final EventCodec CODEC = new EventCodec();

    private final String topic = "dlt-test-" + UUID.randomUUID();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> processed = new ConcurrentHashMap<>();
    private final KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(TestTopics.producers());
    private KafkaMessageListenerContainer<String, byte[]> container;

    @AfterEach
    void stop() {
        if (container != null) {
            container.stop();
        }
    }

    @Test
    void badInputAtOnceAPoisonedRecordAfterThreeRetriesAnOutageNever() {
        // one partition: the poisoned record is handled after the outage is over, so its dead letter
        // arriving proves the outage record's fate is settled too
        TestTopics.create(1, topic);
        listen(record -> {
            String key = record.key();
            int attempt = attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (key.startsWith("outage") && attempt <= 2) {
                throw new DataAccessResourceFailureException("PostgreSQL is away");
            }
            if (key.startsWith("poison")) {
                throw new IllegalStateException("a bug in the listener");
            }
            CODEC.decode(record.value());
            processed.put(key, true);
        });
        String fine = "fine-" + UUID.randomUUID();
        send("not-json-" + fine, "{ this is not json".getBytes(StandardCharsets.UTF_8));
        send("outage-" + fine, validEvent(fine));
        send("poison-" + fine, validEvent(fine));

        try (TopicProbe deadLetters = TopicProbe.of(topic + ".DLT")) {
            List<ConsumerRecord<String, byte[]>> dead = deadLetters.await(r -> r.key().endsWith(fine), 2);

            ConsumerRecord<String, byte[]> notJson = dead.get(0);
            assertThat(notJson.key()).isEqualTo("not-json-" + fine);
            assertThat(header(notJson, DeadLetterRouting.REASON_HEADER)).isEqualTo("not-json");
            assertThat(header(notJson, DeadLetterRouting.DETAIL_HEADER)).isNotBlank();
            assertThat(header(notJson, DeadLetterRouting.ORIGIN_HEADER)).isEqualTo(topic + "-0@0");
            assertThat(header(notJson, DeadLetterRouting.ORIGINAL_TOPIC_HEADER)).isEqualTo(topic);
            assertThat(TopicProbe.value(notJson)).as("the record as it came").isEqualTo("{ this is not json");
            assertThat(attempts.get("not-json-" + fine)).as("bad input is not retried").hasValue(1);

            ConsumerRecord<String, byte[]> poisoned = dead.get(1);
            assertThat(poisoned.key()).isEqualTo("poison-" + fine);
            assertThat(header(poisoned, DeadLetterRouting.REASON_HEADER)).isEqualTo("processing-failed");
            assertThat(header(poisoned, DeadLetterRouting.DETAIL_HEADER)).isEqualTo("a bug in the listener");
            assertThat(header(poisoned, DeadLetterRouting.ORIGIN_HEADER)).isEqualTo(topic + "-0@2");
            assertThat(attempts.get("poison-" + fine)).as("once and three retries").hasValue(4);

            assertThat(processed).containsKey("outage-" + fine);
            assertThat(attempts.get("outage-" + fine)).as("waited out, then processed").hasValue(3);
            assertThat(dead).extracting(ConsumerRecord::key).doesNotContain("outage-" + fine);
        }
        assertThat(meters.get("shixian.dead.letters").tags("reason", "not-json", "topic", topic).counter().count())
                .isEqualTo(1.0);
        assertThat(meters.get("shixian.dead.letters").tags("reason", "processing-failed", "topic", topic).counter()
                .count()).isEqualTo(1.0);
    }

    private void listen(MessageListener<String, byte[]> listener) {
        ContainerProperties properties = new ContainerProperties(topic);
        properties.setGroupId("dlt-test-" + UUID.randomUUID());
        properties.setMessageListener(listener);
        DefaultKafkaConsumerFactory<String, byte[]> consumers = new DefaultKafkaConsumerFactory<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        container = new KafkaMessageListenerContainer<>(consumers, properties);
        container.setCommonErrorHandler(new DeadLetterRouting().kafkaErrorHandler(kafka, new DeadLetterMetrics(meters)));
        container.start();
    }

    private void send(String key, byte[] value) {
        kafka.send(topic, key, value).join();
    }

    private static byte[] validEvent(String itemId) {
        return ExampleEvent.of("disclosure.item.retired").forItem(itemId).bytes();
    }
}
