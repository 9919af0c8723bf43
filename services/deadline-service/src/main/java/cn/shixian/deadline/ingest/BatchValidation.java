package cn.shixian.deadline.ingest;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.InvalidEventException;
import cn.shixian.contracts.Topic;
import cn.shixian.contracts.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks every event of a request with the contracts codec, one element at a time, so that each
 * bad event is reported with its own index, id and reason ({@link EventCodec#decodeBatch} keeps
 * only the first reason and no ids). Only item events (事项事件) and request events (申请事件) belong on this endpoint.
 */
@Component
class BatchValidation {

    private static final JsonMapper LENIENT = JsonMapper.builder().build();

    private final EventCodec codec;

    BatchValidation(EventCodec codec) {
        this.codec = codec;
    }

    /** @throws InvalidBatch listing every error, if any event is invalid */
    List<ValidEvent> validate(byte[] body) {
        List<BodyElement> elements = BatchSplitter.split(body);
        List<ValidEvent> valid = new ArrayList<>();
        List<IngestError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (BodyElement element : elements) {
            int index = element.index();
            try {
                CloudEvent<?> event = codec.decode(element.json());
                if (event.topic() != Topic.ITEMS && event.topic() != Topic.REQUESTS) {
                    // the reason the intake dead-letters an event of another topic by
                    errors.add(new IngestError(index, event.id(), "wrong-topic", "/type", "enum", "type '"
                            + event.type().type() + "' travels on " + event.topic().topicName()
                            + "; this endpoint takes disclosure.item.* and disclosure.request.* events only"));
                } else if (!ids.add(event.id())) {
                    // the consumer would keep the first and silently drop this one
                    errors.add(new IngestError(index, event.id(), "duplicate-id", "/id", "unique",
                            "id '" + event.id() + "' is used by an earlier event of this request"));
                } else {
                    valid.add(new ValidEvent(event.id(), event.topic(), event.subject(), element.json(), index, event));
                }
            } catch (InvalidEventException invalid) {
                String id = idOf(element.json());
                for (Violation violation : invalid.violations()) {
                    errors.add(new IngestError(index, id, invalid.reason().code(), violation.field(), violation.rule(),
                            violation.message()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidBatch(errors, elements.size());
        }
        return valid;
    }

    /** The id of an invalid event, if it has one that can be read, so the sender can find the event. */
    private static String idOf(byte[] json) {
        try {
            JsonNode id = LENIENT.readTree(json).get("id");
            return id != null && id.isString() ? id.asString() : null;
        } catch (JacksonException e) {
            return null;
        }
    }
}
