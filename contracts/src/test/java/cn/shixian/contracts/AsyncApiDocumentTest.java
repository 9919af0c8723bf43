package cn.shixian.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** asyncapi.yaml describes every topic and event type, every $ref in it resolves, and its examples are valid. */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("asyncapi.yaml");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode document = new YAMLMapper().readTree(DOCUMENT.toFile());

    @Test
    void isAnAsyncApi3DocumentWithAChannelPerTopic() {
        assertThat(document.path("asyncapi").asString()).isEqualTo("3.0.0");
        Map<String, String> cleanupByAddress = new HashMap<>();
        document.path("channels").forEach(channel -> cleanupByAddress.put(channel.path("address").asString(),
                channel.at("/bindings/kafka/topicConfiguration/cleanup.policy/0").asString()));

        assertThat(cleanupByAddress).containsOnlyKeys(
                List.of(Topic.values()).stream().map(Topic::topicName).toList());
        assertThat(cleanupByAddress).containsEntry(Topic.CALENDARS.topicName(), "compact")
                .containsEntry(Topic.ITEMS.topicName(), "delete");
    }

    @Test
    void namesEveryEventTypeOnTheChannelOfItsTopic() {
        List<String> names = new ArrayList<>();
        document.path("channels").forEach(channel -> channel.path("messages").forEach(reference -> {
            JsonNode message = resolveInternal(reference.path("$ref").asString());
            EventType type = EventType.fromType(message.path("name").asString()).orElseThrow();
            assertThat(type.topic().topicName()).as(type.type()).isEqualTo(channel.path("address").asString());
            names.add(type.type());
        }));

        assertThat(names).containsExactlyInAnyOrderElementsOf(
                List.of(EventType.values()).stream().map(EventType::type).toList());
    }

    @Test
    void pointsEachMessageAtTheSchemaOfItsData() {
        for (EventType type : EventType.values()) {
            JsonNode payload = message(type).path("payload");

            assertThat(payload.path("schemaFormat").asString()).isEqualTo("application/schema+json;version=draft-2020-12");
            assertThat(payload.at("/schema/allOf/1/properties/data/$ref").asString())
                    .isEqualTo("src/main/resources/schemas/" + type.schemaFile());
        }
    }

    @Test
    void resolvesEveryReference() {
        List<String> references = document.findValues("$ref").stream().map(JsonNode::asString).toList();

        assertThat(references).hasSizeGreaterThan(2 * EventType.values().length);
        for (String reference : references) {
            if (reference.startsWith("#")) {
                assertThat(resolveInternal(reference).isMissingNode()).as(reference).isFalse();
            } else {
                Path file = DOCUMENT.toAbsolutePath().getParent().resolve(reference.split("#")[0]);
                assertThat(file).as(reference).isRegularFile();
                assertThat(JSON.readTree(file.toFile()).path("$schema").asString()).contains("2020-12");
            }
        }
    }

    @Test
    void carriesTheCommittedExamplesAndTheyDecode() {
        EventCodec codec = new EventCodec();
        for (EventType type : EventType.values()) {
            JsonNode payload = message(type).at("/examples/0/payload");

            assertThat(payload).as(type.type()).isEqualTo(JSON.readTree(Examples.bytes(type)));
            assertThat(codec.decode(JSON.writeValueAsBytes(payload)).type()).isEqualTo(type);
        }
    }

    private JsonNode message(EventType type) {
        for (JsonNode message : document.path("components").path("messages")) {
            if (message.path("name").asString().equals(type.type())) {
                return message;
            }
        }
        throw new AssertionError("no message named " + type.type());
    }

    private JsonNode resolveInternal(String reference) {
        return document.at(reference.substring(1));
    }
}
