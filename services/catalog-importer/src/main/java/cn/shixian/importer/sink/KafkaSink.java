package cn.shixian.importer.sink;

import cn.shixian.contracts.Topic;
import cn.shixian.importer.event.ImportedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces to {@code disclosure.items}, key = itemId, so all events of an item stay in one
 * partition and in order. acks=all and idempotence: a retried send is written once. A broker that
 * cannot be reached fails the import after {@value #TIMEOUT_MS} ms instead of the client's
 * default two minutes.
 */
public final class KafkaSink implements EventSink {

    static final int TIMEOUT_MS = 30_000;

    private final KafkaProducer<String, byte[]> producer;
    private final String bootstrapServers;
    private final List<Future<RecordMetadata>> pending = new ArrayList<>();
    private boolean connected;

    public KafkaSink(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.CLIENT_ID_CONFIG, "shixian-catalog-importer",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, TIMEOUT_MS,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS / 2,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
        try {
            producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        } catch (KafkaException e) {
            throw new SinkException("Kafka at " + bootstrapServers + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void send(ImportedEvent event) {
        try {
            if (!connected) {
                // fails once, after the timeout, if the broker or the topic is not there; each send would wait again
                producer.partitionsFor(Topic.ITEMS.topicName());
                connected = true;
            }
            pending.add(producer.send(new ProducerRecord<>(Topic.ITEMS.topicName(), event.key(), event.json())));
        } catch (KafkaException e) {
            throw new SinkException(describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "topic " + Topic.ITEMS.topicName() + " at " + bootstrapServers;
    }

    @Override
    public void close() {
        try {
            producer.flush();
            for (Future<RecordMetadata> sent : pending) {
                sent.get();
            }
        } catch (ExecutionException e) {
            throw new SinkException(describe() + ": not delivered: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkException(describe() + ": interrupted", e);
        } finally {
            producer.close();
        }
    }
}
