package cn.shixian.eventing.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** A record's Kafka headers as the outbox keeps them: a JSON object of text values, "{}" for none. */
final class OutboxHeaders {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };
    private static final String NONE = "{}";

    private OutboxHeaders() {
    }

    static String toJson(Map<String, String> headers) {
        // most records (every deadline event and alert) have none: no serializer for them
        return headers.isEmpty() ? NONE : JSON.writeValueAsString(headers);
    }

    static void addTo(Headers target, String json) {
        if (json == null || NONE.equals(json)) {
            return;
        }
        JSON.readValue(json, MAP).forEach((name, value) -> target.add(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
