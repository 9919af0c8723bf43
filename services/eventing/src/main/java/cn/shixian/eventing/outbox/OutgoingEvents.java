package cn.shixian.eventing.outbox;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.EventData;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Wraps what this service announces (deadline events, alerts, loaded calendars) in CloudEvents of
 * source {@code urn:shixian:<spring.application.name>}, ready for the outbox. Not validated
 * against the schemas on the way out (the data come from validated input through typed records);
 * each service's tests decode what it emits with the validating codec.
 */
public class OutgoingEvents {

    private final EventCodec codec;
    private final Clock clock;
    private final URI source;

    OutgoingEvents(EventCodec codec, Clock clock, String serviceName) {
        this.codec = codec;
        this.clock = clock;
        this.source = URI.create("urn:shixian:" + serviceName);
    }

    /** The CloudEvents {@code source} of everything this service emits. */
    public URI source() {
        return source;
    }

    public List<OutboxRecord> records(List<? extends EventData> data) {
        return data.stream().map(this::record).toList();
    }

    /** One record whose CloudEvents id is {@code id}: the id of the row it reports, so a reader can match them. */
    public OutboxRecord record(String id, EventData data) {
        return encoded(new CloudEvent<>(id, source, data.eventType(), data.key(), OffsetDateTime.now(clock), data));
    }

    private OutboxRecord record(EventData data) {
        return encoded(CloudEvent.of(source, data, clock));
    }

    private OutboxRecord encoded(CloudEvent<EventData> event) {
        return new OutboxRecord(event.topic().topicName(), event.subject(), codec.encodeTrusted(event), Map.of());
    }
}
