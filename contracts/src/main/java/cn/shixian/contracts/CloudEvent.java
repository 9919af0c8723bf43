package cn.shixian.contracts;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the whole event is the Kafka record value.
 * {@code specversion} is always 1.0 and {@code datacontenttype} application/json.
 *
 * @param id      unique per event; consumers discard an id they have processed
 * @param subject the data's key (itemId, or region:year)
 */
public record CloudEvent<D extends EventData>(String id, URI source, EventType type, String subject,
                                              OffsetDateTime time, D data) {

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(data, "data");
        if (type != data.eventType()) {
            throw new IllegalArgumentException("type " + type + " does not match data " + data.eventType());
        }
    }

    /** A new event with a random id, the type and subject derived from {@code data}. */
    public static <D extends EventData> CloudEvent<D> of(URI source, D data, Clock clock) {
        return new CloudEvent<>(UUID.randomUUID().toString(), source, data.eventType(), data.key(),
                OffsetDateTime.now(clock), data);
    }
}
