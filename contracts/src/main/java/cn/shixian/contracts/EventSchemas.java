package cn.shixian.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas (draft 2020-12) shipped in this jar under {@code schemas/}: the CloudEvents
 * envelope and the {@code data} of each event type. Formats ({@code date}, {@code date-time})
 * are asserted, so 2025-02-30 or a date-time without offset is an error.
 */
final class EventSchemas {

    static final String LOCATION = "classpath:schemas/";

    private final Schema envelope;
    private final Map<EventType, Schema> data = new EnumMap<>(EventType.class);

    EventSchemas() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        envelope = registry.getSchema(SchemaLocation.of(LOCATION + "cloudevent.schema.json"));
        for (EventType type : EventType.values()) {
            data.put(type, registry.getSchema(SchemaLocation.of(LOCATION + type.schemaFile())));
        }
    }

    List<Violation> checkEnvelope(JsonNode event) {
        return violations(envelope.validate(event), "");
    }

    List<Violation> checkData(EventType type, JsonNode data) {
        return violations(this.data.get(type).validate(data), "/data");
    }

    private static List<Violation> violations(List<Error> errors, String prefix) {
        return errors.stream().map(error -> toViolation(error, prefix)).toList();
    }

    private static Violation toViolation(Error error, String prefix) {
        String location = error.getInstanceLocation().toString();
        String field = prefix + location;
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            field = field + "/" + error.getProperty();
        }
        return new Violation(field.isEmpty() ? "/" : field, error.getKeyword(), error.getMessage());
    }
}
