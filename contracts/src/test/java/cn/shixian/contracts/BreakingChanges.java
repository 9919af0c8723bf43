package cn.shixian.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The compatibility rule of contracts/README.md as code: what a schema may not do to its golden
 * copy. It walks properties, {@code $defs} and array items; everything it does not mention (new
 * optional fields, descriptions, wider bounds) is allowed.
 */
final class BreakingChanges {

    private static final List<String> UPPER_BOUNDS = List.of("maxLength", "maximum", "exclusiveMaximum", "maxItems");
    private static final List<String> LOWER_BOUNDS = List.of("minLength", "minimum", "exclusiveMinimum", "minItems");
    private static final List<String> EXACT = List.of("type", "$ref", "const", "pattern", "format");

    private final List<String> problems = new ArrayList<>();

    private BreakingChanges() {
    }

    static List<String> between(JsonNode golden, JsonNode current) {
        BreakingChanges changes = new BreakingChanges();
        changes.compare("", golden, current);
        return changes.problems;
    }

    private void compare(String at, JsonNode golden, JsonNode current) {
        if (current.isMissingNode()) {
            problems.add(at + " was removed (dropped or renamed)");
            return;
        }
        compareRequired(at, golden, current);
        for (String keyword : EXACT) {
            if (current.has(keyword) && !current.path(keyword).equals(golden.path(keyword))) {
                problems.add(at + "/" + keyword + " changed from " + golden.path(keyword) + " to " + current.path(keyword));
            }
        }
        compareBounds(at, golden, current);
        if (golden.has("enum") && !names(golden.path("enum")).equals(names(current.path("enum")))) {
            problems.add(at + "/enum changed from " + golden.path("enum") + " to " + current.path("enum"));
        }
        if (closed(current) && !closed(golden)) {
            problems.add(at + " no longer accepts additional properties");
        }
        for (String child : List.of("properties", "$defs")) {
            for (String name : golden.path(child).propertyNames()) {
                compare(at + "/" + child + "/" + name, golden.path(child).path(name), current.path(child).path(name));
            }
        }
        if (golden.has("items")) {
            compare(at + "/items", golden.path("items"), current.path("items"));
        }
    }

    private void compareRequired(String at, JsonNode golden, JsonNode current) {
        Set<String> before = names(golden.path("required"));
        Set<String> after = names(current.path("required"));
        for (String field : before) {
            if (!after.contains(field)) {
                problems.add(at + "/required: " + field + " is no longer required (dropped or renamed)");
            }
        }
        for (String field : after) {
            if (!before.contains(field)) {
                problems.add(at + "/required: " + field + " became required, so producers that omit it break");
            }
        }
    }

    private void compareBounds(String at, JsonNode golden, JsonNode current) {
        for (String bound : UPPER_BOUNDS) {
            if (current.has(bound) && (!golden.has(bound) || current.path(bound).asDouble() < golden.path(bound).asDouble())) {
                problems.add(at + "/" + bound + " narrowed from " + bound(golden, bound) + " to " + current.path(bound));
            }
        }
        for (String bound : LOWER_BOUNDS) {
            if (current.has(bound) && (!golden.has(bound) || current.path(bound).asDouble() > golden.path(bound).asDouble())) {
                problems.add(at + "/" + bound + " narrowed from " + bound(golden, bound) + " to " + current.path(bound));
            }
        }
    }

    private static String bound(JsonNode schema, String keyword) {
        return schema.has(keyword) ? schema.path(keyword).toString() : "none";
    }

    private static boolean closed(JsonNode schema) {
        JsonNode additional = schema.path("additionalProperties");
        return additional.isBoolean() && !additional.booleanValue();
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        array.forEach(node -> names.add(node.isString() ? node.asString() : node.toString()));
        return names;
    }
}
