package cn.shixian.contracts;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link EventCodec#decodeTimeLimit}, an officer's reading of a time limit (时限认定) over
 * HTTP: a {@link TimeLimit}, or an {@link InvalidEventException} naming the field, never anything
 * else. Seeds: {@code TimeLimitFuzzTestInputs/decodesATimeLimit}.
 */
class TimeLimitFuzzTest {

    private static final EventCodec CODEC = new EventCodec();

    @FuzzTest
    void decodesATimeLimit(byte[] json) {
        try {
            CODEC.decodeTimeLimit(json);
        } catch (InvalidEventException refused) {
            FuzzedRefusals.requireNamedFields(refused);
        }
    }
}
