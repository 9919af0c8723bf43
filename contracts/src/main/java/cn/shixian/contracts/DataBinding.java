package cn.shixian.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moves events between bytes, JSON trees and records with one configured Jackson mapper. The
 * schemas run before any record is built, so a failure while binding is a value the schema lets
 * through but Java cannot hold (a leap second): it is reported against its own field.
 */
final class DataBinding {

    private final JsonMapper json = JsonMapper.builder()
            // a second "type" or "version" key would silently win; refuse instead of guessing
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // keep the producer's offset: the local date of changedAt decides the deadline
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // absent optional fields stay absent on the wire rather than becoming null
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .addModule(new SimpleModule("rfc-3339").addDeserializer(OffsetDateTime.class, new RfcDateTimeReader()))
            .build();
    /** Readers resolved once per type: looking the type up again for each event costs as much as reading it. */
    private final Map<EventType, ObjectReader> dataReaders = new EnumMap<>(EventType.class);

    DataBinding() {
        for (EventType type : EventType.values()) {
            dataReaders.put(type, json.readerFor(type.dataType()));
        }
    }

    JsonNode readTree(byte[] bytes) {
        EventText.requireUtf8(bytes);
        try {
            JsonNode tree = json.readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidEventException(InvalidEventException.Reason.NOT_JSON, "/", "json",
                        "not JSON: the record holds no JSON value, only white space");
            }
            return tree;
        } catch (JacksonException e) {
            throw new InvalidEventException(InvalidEventException.Reason.NOT_JSON, "/", "json",
                    "not JSON: " + e.getOriginalMessage());
        }
    }

    EventData toData(EventType type, JsonNode data) {
        try {
            return dataReaders.get(type).readValue(data);
        } catch (JacksonException e) {
            return bind(data, type.dataType(), "/data"); // the same failure again, reported against its field
        }
    }

    TimeLimit toTimeLimit(JsonNode limit) {
        return bind(limit, TimeLimit.class, "");
    }

    OffsetDateTime toTime(JsonNode time) {
        OffsetDateTime parsed = time.isString() ? RfcDateTimeReader.parseOrNull(time.asString()) : null;
        return parsed != null ? parsed : bind(time, OffsetDateTime.class, "/time");
    }

    ObjectNode toTree(CloudEvent<?> event) {
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
        return node;
    }

    /**
     * The same bytes as {@code write(toTree(event))}, written straight from the records: a service
     * emitting a burst of events skips building a tree for each.
     */
    byte[] write(CloudEvent<?> event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringProperty("specversion", "1.0");
            generator.writeStringProperty("id", event.id());
            generator.writeStringProperty("source", event.source().toString());
            generator.writeStringProperty("type", event.type().type());
            generator.writeStringProperty("subject", event.subject());
            generator.writeStringProperty("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.time()));
            generator.writeStringProperty("datacontenttype", "application/json");
            generator.writePOJOProperty("data", event.data());
            generator.writeEndObject();
        }
        return out.toByteArray();
    }

    byte[] write(JsonNode tree) {
        return json.writeValueAsBytes(tree);
    }

    private <T> T bind(JsonNode node, Class<T> type, String prefix) {
        try {
            return json.treeToValue(node, type);
        } catch (JacksonException e) {
            String field = prefix + pointer(e);
            Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            if (target != null && Temporal.class.isAssignableFrom(target)) {
                throw new InvalidEventException(InvalidEventException.Reason.IMPOSSIBLE_DATE, List.of(DateViolations
                        .describe(field, valueAt(node, field.substring(prefix.length())), target != LocalDate.class)));
            }
            throw new InvalidEventException(InvalidEventException.Reason.SCHEMA_INVALID, field, "type",
                    "cannot be read as " + (target == null ? "the contract's type" : target.getSimpleName())
                            + ": " + e.getOriginalMessage());
        }
    }

    private static JsonNode valueAt(JsonNode node, String pointer) {
        return pointer.isEmpty() ? node : node.at(pointer);
    }

    private static String pointer(JacksonException e) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            pointer.append('/').append(reference.getPropertyName() != null
                    ? reference.getPropertyName().replace("~", "~0").replace("/", "~1")
                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }
}
