package cn.shixian.eventing;

import cn.shixian.eventing.outbox.OutboxRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record that goes to {@code <topic>.DLT} because it is bad input, with the reason a reader
 * of the dead-letter topic needs: where it came from and why it was refused.
 *
 * @param reason stable code, e.g. {@code not-json}, {@code schema-invalid}, {@code unknown-item}
 * @param detail human-readable, naming the field and rule
 */
public record DeadLetter(String topic, int partition, long offset, String key, byte[] value, String reason,
                         String detail) {

    public String deadLetterTopic() {
        return topic + ".DLT";
    }

    /** {@code topic-partition@offset}: unique per record, readable by any client. */
    public String origin() {
        return origin(topic, partition, offset);
    }

    /** The one way Shixian names where a record came from: {@code topic-partition@offset}. */
    public static String origin(String topic, int partition, long offset) {
        return topic + "-" + partition + "@" + offset;
    }

    /** The dead-letter record as the outbox relays it: to {@link #deadLetterTopic()}, same key and value, reason in headers. */
    public OutboxRecord outboxRecord() {
        return new OutboxRecord(deadLetterTopic(), key, value, headers());
    }

    /** The headers of the dead-letter record, as text. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(DeadLetterRouting.ORIGIN_HEADER, origin());
        headers.put(DeadLetterRouting.REASON_HEADER, reason);
        headers.put(DeadLetterRouting.DETAIL_HEADER, detail);
        headers.put(DeadLetterRouting.ORIGINAL_TOPIC_HEADER, topic);
        return headers;
    }
}
