package cn.shixian.deadline.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cuts a request body into its events (CloudEvents batch, 批量事件) without rewriting them: each
 * element keeps its exact bytes, so the codec judges each one as the Kafka consumer later will
 * (size limit per event, duplicate keys), and the same bytes go to Kafka. A body that is not an
 * array is one event.
 */
final class BatchSplitter {

    // only finds where elements start and end; the codec parses each element again, strictly
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BatchSplitter() {
    }

    /** @throws InvalidBatch if the body starts as an array but is not valid JSON */
    static List<BodyElement> split(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (!startsAnArray(parser)) {
                return List.of(new BodyElement(0, body));
            }
            List<BodyElement> elements = new ArrayList<>();
            try {
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    elements.add(new BodyElement(elements.size(), slice(parser, body, token)));
                }
                if (parser.nextToken() != null) {
                    throw notJson(elements.size(), "there is more after the closing ']' of the batch");
                }
            } catch (JacksonException e) {
                throw notJson(elements.size(), "the batch is not JSON: " + e.getOriginalMessage()
                        + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
            }
            return elements;
        }
    }

    private static boolean startsAnArray(JsonParser parser) {
        try {
            return parser.nextToken() == JsonToken.START_ARRAY;
        } catch (JacksonException e) {
            return false; // not JSON at all: the codec says so in its own words
        }
    }

    private static byte[] slice(JsonParser parser, byte[] body, JsonToken token) {
        if (token == null) {
            throw notJson(0, "the batch ends before its closing ']'");
        }
        if (token.isStructStart()) {
            int start = Math.toIntExact(parser.currentTokenLocation().getByteOffset());
            parser.skipChildren();
            // the closing '}' or ']' is one byte
            int end = Math.toIntExact(parser.currentTokenLocation().getByteOffset()) + 1;
            return Arrays.copyOfRange(body, start, end);
        }
        // a string or number is never an event; its text is enough for the codec to say so
        return JSON.writeValueAsBytes(parser.readValueAsTree());
    }

    private static InvalidBatch notJson(int index, String message) {
        return new InvalidBatch(List.of(new IngestError(index, null, "not-json", "/", "json", message)), 0);
    }
}
