package cn.shixian.eventing;

import cn.shixian.contracts.InvalidEventException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * Bad records go to {@code <topic>.DLT} at once, with the reason in headers and counted in
 * {@code shixian_dead_letters_total{reason,topic}}; the partition keeps flowing. Failures of our
 * own infrastructure (database down) are retried without end instead: a valid event is never
 * dead-lettered because PostgreSQL was away. Spring Kafka adds the original topic, partition,
 * offset and exception headers ({@code kafka_dlt-original-*}) itself.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterRouting {

    /** Stable reason code, e.g. {@code not-json}, {@code schema-invalid}, {@code unknown-type}. */
    public static final String REASON_HEADER = "shixian-dlt-reason";
    /** Human-readable reason naming the field and rule. */
    public static final String DETAIL_HEADER = "shixian-dlt-detail";
    /** Where the record came from, readable by any client: {@code topic-partition@offset}. */
    public static final String ORIGIN_HEADER = "shixian-dlt-origin";
    /** The topic the record was read from (Spring Kafka's own header name, as text). */
    public static final String ORIGINAL_TOPIC_HEADER = "kafka_dlt-original-topic";

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<?, ?> template, DeadLetterMetrics metrics) {
        return routing(new DefaultErrorHandler(deadLetters(template, metrics)));
    }

    /**
     * The error handler of a batch listener: the record it names with a
     * {@link org.springframework.kafka.listener.BatchListenerFailedException} is dead-lettered (or
     * retried) as a record is above, the records before it are committed, those after it come again;
     * any other failure of the batch (the database away) retries the whole batch until it works, so
     * no valid event is dead-lettered because of our own infrastructure.
     */
    public static DefaultErrorHandler forBatches(KafkaOperations<?, ?> template, DeadLetterMetrics metrics) {
        return routing(new DefaultErrorHandler(deadLetters(template, metrics), RetryPolicy.untilItWorks()));
    }

    private static DefaultErrorHandler routing(DefaultErrorHandler handler) {
        handler.setBackOffFunction((record, failure) -> RetryPolicy.backOffFor(failure));
        handler.addNotRetryableExceptions(InvalidEventException.class);
        return handler;
    }

    private static ConsumerRecordRecoverer deadLetters(KafkaOperations<?, ?> template, DeadLetterMetrics metrics) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(record.topic() + ".DLT", -1));
        publisher.setHeadersFunction(DeadLetterRouting::reasonHeaders);
        return (record, failure) -> {
            publisher.accept(record, failure);
            metrics.count(record.topic(), reasonCode(failure));
        };
    }

    private static Headers reasonHeaders(ConsumerRecord<?, ?> record, Exception failure) {
        Headers headers = new RecordHeaders();
        String origin = DeadLetter.origin(record.topic(), record.partition(), record.offset());
        headers.add(ORIGIN_HEADER, origin.getBytes(StandardCharsets.UTF_8));
        headers.add(REASON_HEADER, reasonCode(failure).getBytes(StandardCharsets.UTF_8));
        headers.add(DETAIL_HEADER, detail(failure).getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    static String reasonCode(Exception failure) {
        InvalidEventException invalid = RetryPolicy.find(failure, InvalidEventException.class);
        return invalid != null ? invalid.reason().code() : "processing-failed";
    }

    private static String detail(Exception failure) {
        InvalidEventException invalid = RetryPolicy.find(failure, InvalidEventException.class);
        Throwable cause = invalid != null ? invalid : rootCause(failure);
        return String.valueOf(cause.getMessage());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
