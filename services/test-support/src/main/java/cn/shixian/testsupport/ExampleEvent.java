package cn.shixian.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A committed example event from {@code contracts/examples/}, re-targeted for one test: a fresh
 * CloudEvents id and the test's own itemId, so tests sharing a broker never see each other's items.
 */
public final class ExampleEvent {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode event;

    private ExampleEvent(ObjectNode event) {
        this.event = event;
    }

    /** @param type a CloudEvents type, e.g. {@code disclosure.item.created} */
    public static ExampleEvent of(String type) {
        Path file = RepositoryFiles.find("contracts/examples").resolve(type + ".json");
        try {
            ExampleEvent example = new ExampleEvent((ObjectNode) JSON.readTree(Files.readString(file)));
            return example.withFreshId();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example " + file, e);
        }
    }

    public ExampleEvent withFreshId() {
        event.put("id", UUID.randomUUID().toString());
        return this;
    }

    public ExampleEvent forItem(String itemId) {
        event.put("subject", itemId);
        data().put("itemId", itemId);
        return this;
    }

    /** For a request's events ({@code disclosure.request.*}): its key, subject and requestId. */
    public ExampleEvent forRequest(String requestId) {
        event.put("subject", requestId);
        data().put("requestId", requestId);
        return this;
    }

    /** Sets one field of {@code data}. */
    public ExampleEvent with(String field, Object value) {
        data().set(field, JSON.valueToTree(value));
        return this;
    }

    public JsonNode json() {
        return event;
    }

    public byte[] bytes() {
        return JSON.writeValueAsBytes(event);
    }

    private ObjectNode data() {
        return (ObjectNode) event.get("data");
    }
}
