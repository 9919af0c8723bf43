package cn.shixian.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Decodes every element of a JSON array, collecting the violations of all bad ones by index. */
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
                    violations.add(new Violation("/" + index + v.field(), v.rule(), v.message()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidEventException(firstReason, violations);
        }
        return events;
    }
}
