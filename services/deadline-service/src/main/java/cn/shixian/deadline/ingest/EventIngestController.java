package cn.shixian.deadline.ingest;

import cn.shixian.contracts.EventCodec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/events}: item and request events over HTTP (HTTP 接收), for upstream systems
 * that do not speak Kafka. All or nothing: every event is validated (a request event also against
 * its request's history) before any is produced.
 */
@RestController
class EventIngestController {

    static final String CLOUDEVENT = "application/cloudevents+json";
    static final String CLOUDEVENT_BATCH = "application/cloudevents-batch+json";

    private final BatchValidation validation;
    private final RequestEventCheck requests;
    private final ItemEventCheck items;
    private final ItemEventProducer producer;

    EventIngestController(BatchValidation validation, RequestEventCheck requests, ItemEventCheck items,
                          ItemEventProducer producer) {
        this.validation = validation;
        this.requests = requests;
        this.items = items;
        this.producer = producer;
    }

    /** What a 202 says: how many events Kafka acknowledged, and their ids in request order. */
    record Accepted(int accepted, List<String> ids) {
    }

    @Operation(summary = "Send item or request events (role INGEST)", description = """
            One CloudEvent (JSON object) or a JSON array of them, disclosure.item.* and disclosure.request.* \
            types only. Every event is validated first, an item event also against the calendar (out-of-range: \
            changedAt or its due date outside 2000-2100), a request event against its request's history \
            (the reasons of the dead-letter topic: extension-over-limit, before-receipt, unknown-request, …); \
            if any is invalid the answer is 400 with all errors and nothing is produced. Otherwise each event \
            goes to disclosure.items or disclosure.requests (key = subject) and the answer, 202, comes \
            once Kafka acknowledged all of them; 503 names those it did and did not acknowledge. \
            At most 16 MiB per request (413 above), 1 MiB per event.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")),
                    @Content(mediaType = CLOUDEVENT, schema = @Schema(type = "object")),
                    @Content(mediaType = CLOUDEVENT_BATCH, schema = @Schema(type = "array"))}))
    @PostMapping(path = "/api/events", consumes = {MediaType.APPLICATION_JSON_VALUE, CLOUDEVENT, CLOUDEVENT_BATCH})
    ResponseEntity<Accepted> ingest(HttpServletRequest request) throws IOException {
        byte[] body = readAtMost(request.getInputStream(), EventCodec.MAX_BATCH_BYTES);
        List<String> ids = producer.produce(items.checked(requests.checked(validation.validate(body))));
        return ResponseEntity.accepted().body(new Accepted(ids.size(), ids));
    }

    /**
     * Reads the body, but never more than one byte past the limit, whatever Content-Length
     * claims (or chunked encoding hides).
     */
    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        byte[] body = in.readNBytes(Math.toIntExact(maxBytes + 1));
        if (body.length > maxBytes) {
            throw new BatchTooLarge();
        }
        return body;
    }
}
