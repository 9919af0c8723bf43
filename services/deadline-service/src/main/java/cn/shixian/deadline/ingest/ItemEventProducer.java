package cn.shixian.deadline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Produces accepted events to their topic, {@code disclosure.items} or {@code disclosure.requests}
 * (key = itemId or requestId, value = the event as sent)
 * and answers only once Kafka acknowledged every one of them (acks=all, idempotent producer), so
 * a 202 means durable.
 */
@Component
class ItemEventProducer {

    /** CloudEvents Kafka binding, structured mode: the record value is the whole event. */
    static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private static final Logger LOG = LoggerFactory.getLogger(ItemEventProducer.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final IngestSettings settings;

    ItemEventProducer(KafkaTemplate<String, byte[]> kafka, IngestSettings settings) {
        this.kafka = kafka;
        this.settings = settings;
    }

    /**
     * @return the ids, in request order, all acknowledged
     * @throws ProductionIncomplete if any event was not acknowledged within the timeout
     */
    List<String> produce(List<ValidEvent> events) {
        long deadline = System.nanoTime() + settings.ackTimeout().toNanos();
        List<CompletableFuture<?>> acks = new ArrayList<>();
        Throwable failure = null;
        for (ValidEvent event : events) {
            try {
                acks.add(kafka.send(record(event)));
            } catch (RuntimeException e) {
                // stop here: sending later events of an item without this one would reorder its history
                failure = e;
                break;
            }
        }
        failure = awaitAll(acks, deadline, failure);
        List<String> acknowledged = new ArrayList<>();
        List<String> unacknowledged = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            boolean acked = i < acks.size() && acks.get(i).state() == Future.State.SUCCESS;
            (acked ? acknowledged : unacknowledged).add(events.get(i).id());
        }
        if (!unacknowledged.isEmpty()) {
            LOG.warn("Kafka acknowledged {} of {} ingested events", acknowledged.size(), events.size(), failure);
            throw new ProductionIncomplete(acknowledged, unacknowledged, settings.ackTimeout(), failure);
        }
        return acknowledged;
    }

    private static ProducerRecord<String, byte[]> record(ValidEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic().topicName(), event.key(), event.json());
        record.headers().add("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static Throwable awaitAll(List<CompletableFuture<?>> acks, long deadline, Throwable failure) {
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return failure;
        } catch (ExecutionException e) {
            return failure != null ? failure : e.getCause();
        } catch (TimeoutException e) {
            return failure != null ? failure : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure != null ? failure : e;
        }
    }
}
