package cn.shixian.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas (draft 2020-12) shipped in this jar under {@code schemas/}: the CloudEvents
 * envelope and the {@code data} of each event type. Formats ({@code date}, {@code date-time},
 * {@code uri}) are asserted, which 2020-12 leaves off by default: without that, 2025-02-30 or a
 * date-time without offset would pass.
 */
final class EventSchemas {

    static final String LOCATION = "classpath:schemas/";
    static final String ENVELOPE_FILE = "cloudevent.schema.json";

    /** An item's time limit (公开时限) as item events carry it, one home for the item events and the API. */
    static final String TIME_LIMIT = "disclosure.item.changed.schema.json#/properties/timeLimit";

    private final Schema envelope;
    private final Schema timeLimit;
    private final Map<EventType, Schema> data = new EnumMap<>(EventType.class);

    EventSchemas() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        envelope = load(registry, ENVELOPE_FILE);
        timeLimit = load(registry, TIME_LIMIT);
        for (EventType type : EventType.values()) {
            data.put(type, load(registry, type.schemaFile()));
        }
    }

    private static Schema load(SchemaRegistry registry, String file) {
        Schema schema = registry.getSchema(SchemaLocation.of(LOCATION + file));
        // resolve every $ref now: a missing file fails at startup, not on the first event
        schema.initializeValidators();
        return schema;
    }

    void requireValidEnvelope(JsonNode event) {
        require(envelope.validate(event), "");
    }

    void requireValidTimeLimit(JsonNode limit) {
        require(timeLimit.validate(limit), "");
    }

    void requireValidData(EventType type, JsonNode eventData) {
        require(data.get(type).validate(eventData), "/data");
    }

    /** Impossible-date only if every problem is a date: a missing field as well is schema-invalid. */
    private static void require(List<Error> errors, String prefix) {
        if (errors.isEmpty()) {
            return;
        }
        Map<String, Violation> byFieldAndRule = new LinkedHashMap<>();
        boolean onlyDates = true;
        for (Error error : errors) {
            Violation violation = toViolation(error, prefix);
            onlyDates &= DateViolations.concerns(error);
            byFieldAndRule.putIfAbsent(violation.field() + " " + violation.rule(), violation);
        }
        throw new InvalidEventException(onlyDates ? InvalidEventException.Reason.IMPOSSIBLE_DATE
                : InvalidEventException.Reason.SCHEMA_INVALID, List.copyOf(byFieldAndRule.values()));
    }

    private static Violation toViolation(Error error, String prefix) {
        String field = prefix + error.getInstanceLocation().toString();
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            field = field + "/" + error.getProperty();
        }
        field = field.isEmpty() ? "/" : field;
        if (DateViolations.concerns(error)) {
            // format and pattern of one date field become one violation with one sentence
            return DateViolations.describe(field, error.getInstanceNode(), DateViolations.wantsTime(error));
        }
        return new Violation(field, error.getKeyword(), error.getMessage());
    }
}
