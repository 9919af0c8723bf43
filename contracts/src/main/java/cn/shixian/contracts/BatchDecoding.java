package cn.shixian.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Decodes every element of a JSON array. The batch is all or nothing, but the caller (HTTP
 * ingest) learns about every bad element at once, each pointer prefixed with its index.
 */
final class BatchDecoding {

    private BatchDecoding() {
    }

    static List<CloudEvent<?>> decodeAll(JsonNode array, Function<JsonNode, CloudEvent<?>> decodeOne) {
        List<CloudEvent<?>> events = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        InvalidEventException.Reason firstReason = null;
        for (int index = 0; index < array.size(); index++) {
            try {
                events.add(decodeOne.apply(array.get(index)));
            } catch (InvalidEventException invalid) {
                firstReason = firstReason == null ? invalid.reason() : firstReason;
                for (Violation v : invalid.violations()) {
                    String field = "/".equals(v.field()) ? "" : v.field();
                    violations.add(new Violation("/" + index + field, v.rule(), v.message()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidEventException(firstReason, violations);
        }
        return events;
    }
}
