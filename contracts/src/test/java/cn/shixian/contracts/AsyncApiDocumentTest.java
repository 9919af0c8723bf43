package cn.shixian.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** asyncapi.yaml describes every topic and event type, and every schema it points at exists. */
class AsyncApiDocumentTest {

    private final JsonNode document = new YAMLMapper().readTree(Path.of("asyncapi.yaml").toFile());

    @Test
    void isAnAsyncApi3DocumentNamingEveryTopic() {
        assertThat(document.path("asyncapi").asString()).isEqualTo("3.0.0");
        List<String> addresses = new ArrayList<>();
        document.path("channels").forEach(channel -> addresses.add(channel.path("address").asString()));
        for (Topic topic : Topic.values()) {
            assertThat(addresses).contains(topic.topicName());
        }
        assertThat(document.at("/channels/calendars/bindings/kafka/topicConfiguration/cleanup.policy/0").asString())
                .isEqualTo("compact");
    }

    @Test
    void describesEveryEventTypeWithResolvableSchemas() {
        List<String> names = new ArrayList<>();
        document.path("components").path("messages").forEach(message -> {
            names.add(message.path("name").asString());
            message.findValues("$ref").forEach(ref -> assertThat(Path.of(ref.asString())).exists());
        });
        for (EventType type : EventType.values()) {
            assertThat(names).contains(type.type());
            assertThat(Path.of("examples", type.type() + ".json")).exists();
        }
    }
}
