package cn.shixian.contracts;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one codec every service uses: parses a structured-mode CloudEvent, validates envelope and
 * {@code data} against the schemas, maps it to records, and serializes records back (validating
 * them too, so a service cannot publish what its consumers would dead-letter). Thread-safe;
 * build one and share it.
 */
public final class EventCodec {

    /** Larger records are rejected before parsing (1 MiB). */
    public static final int MAX_EVENT_BYTES = 1024 * 1024;
    /** An HTTP batch may hold up to 16 events of the largest size; each is validated on its own. */
    public static final long MAX_BATCH_BYTES = 16L * MAX_EVENT_BYTES;

    private final DataBinding binding = new DataBinding();
    private final EventSchemas schemas = new EventSchemas();

    /** Decodes one Kafka record value. A tombstone ({@code null}) is not an event: check before. */
    public CloudEvent<?> decode(byte[] json) {
        requireSize(json, MAX_EVENT_BYTES, "the event");
        return decode(binding.readTree(json));
    }

    /** Decodes one event or a JSON array of events; every invalid element is reported with its index. */
    public List<CloudEvent<?>> decodeBatch(byte[] json) {
        requireSize(json, MAX_BATCH_BYTES, "the batch");
        JsonNode root = binding.readTree(json);
        return root.isArray() ? BatchDecoding.decodeAll(root, this::decode) : List.of(decode(root));
    }

    /**
     * Reads a time limit (公开时限) in the shape item events carry it ({@code timeLimit}), held to the
     * same schema: for a reading stated outside an event (an officer's, over HTTP). Violations name
     * fields from the object's root ({@code /calendarDays}).
     */
    public TimeLimit decodeTimeLimit(byte[] json) {
        requireSize(json, MAX_EVENT_BYTES, "the time limit");
        JsonNode limit = binding.readTree(json);
        schemas.requireValidTimeLimit(limit);
        EventText.requireStorable(limit, "");
        return binding.toTimeLimit(limit);
    }

    /**
     * Serializes an event to UTF-8 JSON.
     *
     * @throws IllegalArgumentException if the event breaks its own schema: a bug of the producer,
     *                                  not of an input, so it is not an {@link InvalidEventException}
     */
    public byte[] encode(CloudEvent<?> event) {
        ObjectNode tree = binding.toTree(event);
        try {
            schemas.requireValidEnvelope(tree);
            schemas.requireValidData(event.type(), tree.get("data"));
        } catch (InvalidEventException e) {
            throw new IllegalArgumentException("refusing to encode " + event.type().type() + ": " + e.getMessage(), e);
        }
        return binding.write(tree);
    }

    /**
     * Serializes an event without checking it against its schema, for the hot path of a service
     * emitting events it built from typed records out of validated input (about a third of the
     * cost of {@link #encode}). Whoever uses it must prove in its tests that what it emits decodes.
     */
    public byte[] encodeTrusted(CloudEvent<?> event) {
        return binding.write(event);
    }

    CloudEvent<?> decode(JsonNode event) {
        if (!event.isObject()) {
            throw new InvalidEventException(InvalidEventException.Reason.SCHEMA_INVALID, "/", "type",
                    "a CloudEvent must be a JSON object, not " + event.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        schemas.requireValidEnvelope(event);
        EventType type = typeOf(event);
        schemas.requireValidData(type, event.get("data"));
        EventText.requireStorable(event, "");
        EventData data = binding.toData(type, event.get("data"));
        String subject = event.get("subject").asString();
        if (!subject.equals(data.key())) {
            throw new InvalidEventException(InvalidEventException.Reason.SCHEMA_INVALID, "/subject", "const",
                    "subject '" + subject + "' must equal the data's key '" + data.key() + "'");
        }
        return new CloudEvent<>(event.get("id").asString(), source(event), type, subject,
                binding.toTime(event.get("time")), data);
    }

    private static EventType typeOf(JsonNode event) {
        String name = event.get("type").asString();
        return EventType.fromType(name).orElseThrow(() -> new InvalidEventException(
                InvalidEventException.Reason.UNKNOWN_TYPE, "/type", "enum", "unknown event type '" + name + "'"));
    }

    private static URI source(JsonNode event) {
        String source = event.get("source").asString();
        try {
            return URI.create(source);
        } catch (IllegalArgumentException e) {
            // the schema's uri-reference check is looser than java.net.URI in a few corners
            throw new InvalidEventException(InvalidEventException.Reason.SCHEMA_INVALID, "/source", "format",
                    "source '" + source + "' is not a URI reference: " + e.getMessage());
        }
    }

    private static void requireSize(byte[] json, long maxBytes, String what) {
        if (json == null || json.length == 0) {
            throw new InvalidEventException(InvalidEventException.Reason.NOT_JSON, "/", "json", "the record is empty");
        }
        if (json.length > maxBytes) {
            throw new InvalidEventException(InvalidEventException.Reason.TOO_LARGE, "/", "maxBytes",
                    what + " has " + json.length + " bytes; at most " + maxBytes + " are accepted");
        }
    }
}
