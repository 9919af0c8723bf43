package cn.shixian.eventing.outbox;

import java.util.Map;

/** A Kafka record waiting in the outbox: what the relay will send, exactly as written. */
public record OutboxRecord(String topic, String key, byte[] payload, Map<String, String> headers) {

    public OutboxRecord {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
