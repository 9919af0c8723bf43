package cn.shixian.cluster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces a {@link LoadPlan} to {@code disclosure.items} with an idempotent producer ({@code acks=all}),
 * at most {@code rate} events a second so that the faults land during the load, and writes how many
 * the brokers have acknowledged to {@code progress} as it goes (the script times the faults by it).
 * Retries ride over a killed broker (the delivery timeout is five minutes); any event that still
 * fails fails the run.
 */
final class LoadProducer {

    private final String bootstrap;
    private final Path progress;

    LoadProducer(String bootstrap, Path progress) {
        this.bootstrap = bootstrap;
        this.progress = progress;
    }

    /** Sends every event; returns how many were acknowledged, or throws the first failure. */
    long produce(LoadPlan plan, int rate) throws Exception {
        AtomicLong acked = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long start = System.nanoTime();
        long[] sent = {0};
        long[] lastReport = {start};
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config(), new StringSerializer(), new ByteArraySerializer())) {
            plan.forEach(event -> {
                producer.send(new ProducerRecord<>("disclosure.items", event.itemId(), event.json().getBytes(StandardCharsets.UTF_8)),
                        (metadata, exception) -> {
                            if (exception == null) {
                                acked.incrementAndGet();
                            } else {
                                failure.compareAndSet(null, exception);
                            }
                        });
                sent[0]++;
                pace(start, sent[0], rate);
                if (System.nanoTime() - lastReport[0] > 500_000_000L) {
                    report(acked.get());
                    lastReport[0] = System.nanoTime();
                }
            });
            producer.flush();
        }
        report(acked.get());
        if (failure.get() != null) {
            throw failure.get();
        }
        return acked.get();
    }

    private Properties config() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
        return p;
    }

    /** Waits while ahead of {@code rate} events a second (throttling, not synchronisation). */
    private static void pace(long start, long sent, int rate) {
        if (sent % 100 != 0) {
            return;
        }
        long aheadNanos = sent * 1_000_000_000L / rate - (System.nanoTime() - start);
        if (aheadNanos > 0) {
            try {
                Thread.sleep(aheadNanos / 1_000_000, (int) (aheadNanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private void report(long acked) {
        try {
            Path tmp = progress.resolveSibling(progress.getFileName() + ".tmp");
            Files.writeString(tmp, acked + "\n");
            Files.move(tmp, progress, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
