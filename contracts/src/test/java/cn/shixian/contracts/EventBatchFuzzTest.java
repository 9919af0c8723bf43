package cn.shixian.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes {@link EventCodec#decodeBatch} (one event or a JSON array of them, up to 16 MiB): a list of
 * events, or an {@link InvalidEventException} naming each bad field, never anything else; a list it
 * accepts has one event per element ({@code []}: none) and each survives an encode and decode.
 * Seeds and past findings: {@code EventBatchFuzzTestInputs/decodesABatch}.
 */
class EventBatchFuzzTest {

    private static final EventCodec CODEC = new EventCodec();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @FuzzTest
    void decodesABatch(byte[] body) {
        List<CloudEvent<?>> events;
        try {
            events = CODEC.decodeBatch(body);
        } catch (InvalidEventException refused) {
            FuzzedRefusals.requireNamedFields(refused);
            return;
        }
        // one event per element; an empty array is an empty batch (a finding of this test, not of the codec)
        JsonNode root = JSON.readTree(body);
        assertThat(events).hasSize(root.isArray() ? root.size() : 1);
        for (CloudEvent<?> event : events) {
            assertThat(CODEC.decode(CODEC.encode(event))).isEqualTo(event);
        }
    }
}
