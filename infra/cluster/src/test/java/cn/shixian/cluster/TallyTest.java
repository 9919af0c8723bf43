package cn.shixian.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void aRecordOfAnIdAlreadySeenIsARedeliveryNotADuplicate() {
        Tally tally = new Tally();
        tally.add("id-1", "disclosure.deadline.opened", "item-a", 1);
        tally.add("id-1", "disclosure.deadline.opened", "item-a", 1);

        assertThat(tally.records()).isEqualTo(2);
        assertThat(tally.distinctIds()).isEqualTo(1);
        assertThat(tally.redeliveries()).isEqualTo(1);
        assertThat(tally.duplicates()).isZero();
        assertThat(tally.logicalByType()).isEqualTo(Map.of("disclosure.deadline.opened", 1L));
    }

    @Test
    void aSecondIdForTheSameItemVersionAndTypeIsADuplicate() {
        Tally tally = new Tally();
        tally.add("id-1", "disclosure.alert.escalated", "item-a", 1);
        tally.add("id-2", "disclosure.alert.escalated", "item-a", 1);
        tally.add("id-3", "disclosure.alert.escalated", "item-a", 2);
        tally.add("id-4", "disclosure.alert.overdue", "item-a", 1);

        assertThat(tally.duplicates()).isEqualTo(1);
        assertThat(tally.logical("disclosure.alert.escalated")).isEqualTo(2);
        assertThat(tally.logical("disclosure.alert.overdue")).isEqualTo(1);
        assertThat(tally.has("item-a", 2, "disclosure.alert.escalated")).isTrue();
        assertThat(tally.has("item-b", 1, "disclosure.alert.escalated")).isFalse();
    }
}
