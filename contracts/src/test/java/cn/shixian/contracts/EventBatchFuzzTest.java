package cn.shixian.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzzes {@link EventCodec#decodeBatch}, the body of {@code POST /api/events}: a list of events, or
 * an {@link InvalidEventException} naming each bad field, never anything else; every event of a
 * list it accepts survives an encode and decode. Seeds: {@code EventBatchFuzzTestInputs/decodesABatch}.
 */
class EventBatchFuzzTest {

    private static final EventCodec CODEC = new EventCodec();

    @FuzzTest
    void decodesABatch(byte[] body) {
        List<CloudEvent<?>> events;
        try {
            events = CODEC.decodeBatch(body);
        } catch (InvalidEventException refused) {
            FuzzedRefusals.requireNamedFields(refused);
            return;
        }
        assertThat(events).isNotEmpty();
        for (CloudEvent<?> event : events) {
            assertThat(CODEC.decode(CODEC.encode(event))).isEqualTo(event);
        }
    }
}
