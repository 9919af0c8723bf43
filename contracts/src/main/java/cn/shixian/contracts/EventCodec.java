package cn.shixian.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one codec every service uses: parses a structured-mode CloudEvent, validates envelope and
 * {@code data} against the schemas, maps it to records, and serializes records back. Thread-safe;
 * build one and share it.
 */
public final class EventCodec {

    /** Larger records are rejected before parsing. */
    public static final int MAX_EVENT_BYTES = 1024 * 1024;

    private final ObjectMapper json = JsonMapper.builder()
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // absent optional fields stay absent on the wire rather than becoming null
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
    private final EventSchemas schemas = new EventSchemas();

    public CloudEvent<?> decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidEventException(InvalidEventException.Reason.NOT_JSON, "/", "json", "the record is empty");
        }
        if (bytes.length > MAX_EVENT_BYTES) {
            throw new InvalidEventException(InvalidEventException.Reason.TOO_LARGE, "/", "maxBytes",
                    "the event has " + bytes.length + " bytes; at most " + MAX_EVENT_BYTES + " are accepted");
        }
        return decode(parse(bytes));
    }

    /** Decodes one event or a JSON array of events; every invalid element is reported with its index. */
    public List<CloudEvent<?>> decodeBatch(byte[] bytes) {
        if (bytes != null && bytes.length > MAX_EVENT_BYTES * 16L) {
            throw new InvalidEventException(InvalidEventException.Reason.TOO_LARGE, "/", "maxBytes",
                    "a batch may have at most " + MAX_EVENT_BYTES * 16L + " bytes");
        }
        JsonNode root = parse(bytes == null ? new byte[0] : bytes);
        if (!root.isArray()) {
            return List.of(decode(root));
        }
        return BatchDecoding.decodeAll(root, this::decode);
    }

    public byte[] encode(CloudEvent<?> event) {
        ObjectNode node = json.createObjectNode();
        node.put("specversion", "1.0");
        node.put("id", event.id());
        node.put("source", event.source().toString());
        node.put("type", event.type().type());
        node.put("subject", event.subject());
        // RFC 3339 wants the seconds, which OffsetDateTime.toString() omits when they are zero
        node.put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.time()));
        node.put("datacontenttype", "application/json");
        node.set("data", json.valueToTree(event.data()));
        return json.writeValueAsBytes(node);
    }

    private JsonNode parse(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (JacksonException e) {
            throw new InvalidEventException(InvalidEventException.Reason.NOT_JSON, "/", "json",
                    "not JSON: " + e.getOriginalMessage());
        }
    }

    CloudEvent<?> decode(JsonNode event) {
        if (event == null || !event.isObject()) {
            throw new InvalidEventException(InvalidEventException.Reason.SCHEMA_INVALID, "/", "type",
                    "a CloudEvent must be a JSON object");
        }
        reject(InvalidEventException.Reason.SCHEMA_INVALID, schemas.checkEnvelope(event));
        String typeName = event.get("type").asString();
        EventType type = EventType.fromType(typeName).orElseThrow(() -> new InvalidEventException(
                InvalidEventException.Reason.UNKNOWN_TYPE, "/type", "enum", "unknown event type '" + typeName + "'"));
        List<Violation> dataViolations = schemas.checkData(type, event.get("data"));
        reject(onlyDates(dataViolations) ? InvalidEventException.Reason.IMPOSSIBLE_DATE
                : InvalidEventException.Reason.SCHEMA_INVALID, dataViolations);
        return toRecord(type, event);
    }

    private CloudEvent<EventData> toRecord(EventType type, JsonNode event) {
        EventData data;
        OffsetDateTime time;
        try {
            data = json.treeToValue(event.get("data"), type.dataType());
            time = OffsetDateTime.parse(event.get("time").asString());
        } catch (JacksonException | DateTimeException e) {
            throw new InvalidEventException(InvalidEventException.Reason.IMPOSSIBLE_DATE, "/data", "format",
                    "a date could not be read: " + e.getMessage());
        }
        String subject = event.get("subject").asString();
        if (!subject.equals(data.key())) {
            throw new InvalidEventException(InvalidEventException.Reason.SCHEMA_INVALID, "/subject", "const",
                    "subject '" + subject + "' must equal the data's key '" + data.key() + "'");
        }
        return new CloudEvent<>(event.get("id").asString(), URI.create(event.get("source").asString()),
                type, subject, time, data);
    }

    private static boolean onlyDates(List<Violation> violations) {
        return !violations.isEmpty() && violations.stream().allMatch(v -> "format".equals(v.rule()));
    }

    private static void reject(InvalidEventException.Reason reason, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidEventException(reason, violations);
        }
    }
}
