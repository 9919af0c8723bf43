package cn.shixian.contracts;

import static org.assertj.core.api.Assertions.assertThat;

/** What every refusal of a fuzzed input must say: the dead-letter reason and the fields it names. */
final class FuzzedRefusals {

    private FuzzedRefusals() {
    }

    /** A reason, and at least one violation naming a field as a JSON pointer and the rule it broke. */
    static void requireNamedFields(InvalidEventException refused) {
        assertThat(refused.reason()).isNotNull();
        assertThat(refused.violations()).isNotEmpty().allSatisfy(violation -> {
            assertThat(violation.field()).startsWith("/");
            assertThat(violation.rule()).isNotBlank();
        });
    }
}
