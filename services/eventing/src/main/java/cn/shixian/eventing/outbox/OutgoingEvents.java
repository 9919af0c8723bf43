package cn.shixian.eventing.outbox;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.EventData;
import java.net.URI;
import java.time.Clock;
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

    private OutboxRecord record(EventData data) {
        CloudEvent<EventData> event = CloudEvent.of(source, data, clock);
        return new OutboxRecord(event.topic().topicName(), event.subject(), codec.encodeTrusted(event), Map.of());
    }
}
