package cn.shixian.deadline.outbox;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.EventData;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Wraps what this service announces (deadline events, loaded calendars) in CloudEvents, ready for the outbox. */
@Component
public class OutgoingEvents {

    /** The CloudEvents {@code source} of everything this service emits. */
    public static final URI SOURCE = URI.create("urn:shixian:deadline-service");

    private final EventCodec codec;
    private final Clock clock;

    OutgoingEvents(EventCodec codec, Clock clock) {
        this.codec = codec;
        this.clock = clock;
    }

    public List<OutboxRecord> records(List<? extends EventData> data) {
        return data.stream().map(this::record).toList();
    }

    private OutboxRecord record(EventData data) {
        CloudEvent<EventData> event = CloudEvent.of(SOURCE, data, clock);
        return new OutboxRecord(event.topic().topicName(), event.subject(), codec.encode(event), Map.of());
    }
}
