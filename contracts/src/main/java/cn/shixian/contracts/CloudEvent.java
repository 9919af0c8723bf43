package cn.shixian.contracts;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the whole event is the Kafka record value.
 * {@code specversion} is always 1.0 and {@code datacontenttype} application/json; an incoming
 * {@code dataschema} or extension attribute is accepted and not kept.
 *
 * @param id      unique per event; consumers discard an id they have processed
 * @param source  the producing system, e.g. {@code urn:shixian:deadline-service}
 * @param type    always {@code data.eventType()}
 * @param subject always {@code data.key()}: itemId, or region:year; also the Kafka record key
 * @param time    when the event happened, with the producer's offset
 */
public record CloudEvent<D extends EventData>(String id, URI source, EventType type, String subject,
                                              OffsetDateTime time, D data) {

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (type != data.eventType()) {
            throw new IllegalArgumentException("type " + type + " does not match data " + data.eventType());
        }
        if (!Objects.equals(subject, data.key())) {
            throw new IllegalArgumentException("subject " + subject + " does not match the data's key " + data.key());
        }
    }

    /** A new event with a random id, the type and subject derived from {@code data}. */
    public static <D extends EventData> CloudEvent<D> of(URI source, D data, Clock clock) {
        return new CloudEvent<>(UUID.randomUUID().toString(), source, data.eventType(), data.key(),
                OffsetDateTime.now(clock), data);
    }

    /** The Kafka topic this event belongs on. */
    public Topic topic() {
        return type.topic();
    }
}
