package cn.shixian.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link EventCodec#decode}, the door of every Kafka record (docs/reliability.md, "Fuzzing"):
 * whatever the bytes, it decodes an event or refuses them with an {@link InvalidEventException}
 * naming at least one field, never anything else; and what it decodes encodes (it is valid) and
 * decodes again to an equal event. Seeds and past findings: {@code EventFuzzTestInputs/decodes}.
 */
class EventFuzzTest {

    private static final EventCodec CODEC = new EventCodec();

    @FuzzTest
    void decodes(byte[] record) {
        CloudEvent<?> event;
        try {
            event = CODEC.decode(record);
        } catch (InvalidEventException refused) {
            FuzzedRefusals.requireNamedFields(refused);
            return;
        }
        assertThat(CODEC.decode(CODEC.encode(event))).isEqualTo(event);
    }
}
