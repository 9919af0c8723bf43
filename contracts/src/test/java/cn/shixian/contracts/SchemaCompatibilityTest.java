package cn.shixian.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The compatibility rule of contracts/README.md, enforced: a committed schema may gain optional
 * fields, but never drop, rename or retype a field that its golden copy requires.
 */
class SchemaCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path CURRENT = Path.of("src/main/resources/schemas");

    static Stream<String> goldenSchemas() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("goldenSchemas")
    void keepsEveryRequiredFieldOfItsGoldenCopy(String file) throws IOException {
        JsonNode golden = JSON.readTree(GOLDEN.resolve(file).toFile());
        JsonNode current = JSON.readTree(CURRENT.resolve(file).toFile());

        assertThat(breakingChanges(golden, current)).as("breaking changes in " + file).isEmpty();
    }

    static List<String> breakingChanges(JsonNode golden, JsonNode current) {
        List<String> problems = new ArrayList<>();
        List<String> stillRequired = names(current.path("required"));
        for (String field : names(golden.path("required"))) {
            JsonNode before = golden.path("properties").path(field);
            JsonNode after = current.path("properties").path(field);
            if (!stillRequired.contains(field)) {
                problems.add(field + " is no longer required (dropped or renamed)");
            } else if (!before.path("type").equals(after.path("type")) || !before.path("$ref").equals(after.path("$ref"))) {
                problems.add(field + " changed its type from " + before + " to " + after);
            }
        }
        for (String field : stillRequired) {
            if (!names(golden.path("required")).contains(field)) {
                problems.add(field + " became required: producers that omit it would break");
            }
        }
        return problems;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.asString()));
        return names;
    }

    @org.junit.jupiter.api.Test
    void detectsADroppedRequiredField() throws IOException {
        JsonNode golden = JSON.readTree(GOLDEN.resolve("disclosure.item.created.schema.json").toFile());
        JsonNode renamed = JSON.readTree(JSON.writeValueAsString(golden).replace("\"changedAt\"", "\"modifiedAt\""));

        assertThat(breakingChanges(golden, renamed)).anyMatch(p -> p.startsWith("changedAt"));
    }
}
