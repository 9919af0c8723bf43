package cn.shixian.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The compatibility rule of contracts/README.md, enforced: a committed schema may gain optional
 * fields and wider bounds, but never drop, rename, retype or newly require a field of its golden
 * copy, nor narrow what it accepts.
 */
class SchemaCompatibilityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path CURRENT = Path.of("src/main/resources/schemas");

    static List<String> schemaFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".schema.json")).sorted().toList();
        }
    }

    static List<String> goldenSchemas() throws IOException {
        return schemaFiles(GOLDEN);
    }

    @ParameterizedTest
    @MethodSource("goldenSchemas")
    void keepsTheContractOfItsGoldenCopy(String file) {
        JsonNode golden = JSON.readTree(GOLDEN.resolve(file).toFile());
        JsonNode current = JSON.readTree(CURRENT.resolve(file).toFile());

        assertThat(BreakingChanges.between(golden, current)).as("breaking changes in " + file).isEmpty();
    }

    @Test
    void everyShippedSchemaHasAGoldenCopy() throws IOException {
        assertThat(schemaFiles(GOLDEN)).containsExactlyElementsOf(schemaFiles(CURRENT)).hasSize(EventType.values().length + 2);
    }

    @Test
    void allowsANewOptionalFieldAndWiderBounds() {
        assertThat(changesTo(schema -> {
            properties(schema).putObject("legalBasis").put("type", "string");
            properties(schema).withObject("title").put("maxLength", 5000);
            properties(schema).withObject("title").put("description", "事项名称");
        })).isEmpty();
    }

    @Test
    void detectsARenamedRequiredField() {
        assertThat(changesTo(schema -> {
            properties(schema).set("modifiedAt", properties(schema).remove("changedAt"));
            ((ArrayNode) schema.get("required")).removeIf(name -> name.asString().equals("changedAt"));
            ((ArrayNode) schema.get("required")).add("modifiedAt");
        })).anyMatch(p -> p.contains("changedAt is no longer required"))
                .anyMatch(p -> p.contains("/properties/changedAt was removed"))
                .anyMatch(p -> p.contains("modifiedAt became required"));
    }

    @Test
    void detectsAnOptionalFieldMadeRequired() {
        assertThat(changesTo(schema -> ((ArrayNode) schema.get("required")).add("channels")))
                .containsExactly("/required: channels became required, so producers that omit it break");
    }

    @Test
    void detectsARetypedField() {
        assertThat(changesTo(schema -> properties(schema).withObject("title").put("type", "array")))
                .containsExactly("/properties/title/type changed from \"string\" to \"array\"");
    }

    @Test
    void detectsANarrowedValueSet() {
        assertThat(changesTo(schema -> {
            ((ArrayNode) properties(schema).withObject("mode").get("enum")).remove(1);
            properties(schema).withObject("title").put("maxLength", 100);
            properties(schema).withObject("category").withObject("items").put("minLength", 2);
        })).hasSize(3)
                .anyMatch(p -> p.startsWith("/properties/mode/enum"))
                .anyMatch(p -> p.startsWith("/properties/title/maxLength narrowed"))
                .anyMatch(p -> p.startsWith("/properties/category/items/minLength narrowed"));
    }

    @Test
    void detectsAChangedSharedDefinition() {
        JsonNode golden = JSON.readTree(GOLDEN.resolve("common.schema.json").toFile());
        ObjectNode changed = (ObjectNode) golden.deepCopy();
        changed.withObject("$defs").withObject("region").put("pattern", "^[0-9]{6}$");

        assertThat(BreakingChanges.between(golden, changed)).singleElement().asString().startsWith("/$defs/region/pattern");
    }

    private static List<String> changesTo(Consumer<ObjectNode> edit) {
        JsonNode golden = JSON.readTree(GOLDEN.resolve("disclosure.item.created.schema.json").toFile());
        ObjectNode changed = (ObjectNode) golden.deepCopy();
        edit.accept(changed);
        return BreakingChanges.between(golden, changed);
    }

    private static ObjectNode properties(ObjectNode schema) {
        return schema.withObject("properties");
    }
}
