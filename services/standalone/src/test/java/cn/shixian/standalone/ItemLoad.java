package cn.shixian.standalone;

import cn.shixian.testsupport.ExampleEvent;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A steady stream of {@code disclosure.item.created} events, one fresh item each, produced in the
 * background the way an upstream system would (acks=all), until stopped. An event counts as
 * accepted once the broker acknowledged it: that is the promise Shixian has to keep.
 */
final class ItemLoad implements AutoCloseable {

    /** A batch every few milliseconds: a few hundred events a second, so a kill lands mid-load. */
    private static final int BATCH = 20;
    private static final Duration PAUSE = Duration.ofMillis(50);

    private final String prefix;
    private final KafkaProducer<String, byte[]> producer;
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sender;

    ItemLoad(String bootstrapServers, String prefix) {
        this.prefix = prefix;
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                // sends to a dead broker fail within seconds, not the default two minutes
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000),
                new StringSerializer(), new ByteArraySerializer());
        sender = Thread.ofPlatform().name("item-load").start(this::send);
    }

    private void send() {
        while (running.get()) {
            for (int i = 0; i < BATCH && running.get(); i++) {
                String itemId = prefix + "-" + sent.incrementAndGet();
                byte[] event = ExampleEvent.of("disclosure.item.created").forItem(itemId).bytes();
                try {
                    producer.send(new ProducerRecord<>("disclosure.items", itemId, event), (metadata, failure) -> {
                        if (failure == null) {
                            accepted.add(itemId);
                        }
                    });
                } catch (RuntimeException brokerGone) {
                    // not accepted; the load goes on until stopped
                }
            }
            try {
                Thread.sleep(PAUSE);  // pacing, not synchronisation
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Items the broker acknowledged so far. */
    Set<String> accepted() {
        return Set.copyOf(accepted);
    }

    int sent() {
        return sent.get();
    }

    /** Stops sending; records not acknowledged by now fail and do not count. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        sender.join();
        producer.close(Duration.ZERO);
    }
}
