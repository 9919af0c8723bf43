package cn.shixian.alerting.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.Alert.AlertState;
import org.junit.jupiter.api.Test;

/** The sweep's updates as rendered from the lifecycle: most advanced first, each over its partial index. */
class TransitionTest {

    @Test
    void escalatesFirstThenOverdueThenDueSoon() {
        assertThat(Transition.ALL).extracting(Transition::alert)
                .containsExactly(AlertState.ESCALATED, AlertState.OVERDUE, AlertState.DUE_SOON);
    }

    @Test
    void eachUpdateMovesTheOpenStatesBehindItWhoseInstantHasComeAndTheNextOnesHasNot() {
        assertThat(Transition.ALL).extracting(Transition::sql).containsExactly(
                "update obligation set state = 'ESCALATED', state_since = ?, updated_at = ?"
                        + " where state in ('OPEN', 'DUE_SOON', 'OVERDUE') and escalate_at <= ?"
                        + " returning item_id, version, region, responsible_body, title, due_on, kind, nullif(period, '')",
                "update obligation set state = 'OVERDUE', state_since = ?, updated_at = ?"
                        + " where state in ('OPEN', 'DUE_SOON') and due_at <= ? and escalate_at > ?"
                        + " returning item_id, version, region, responsible_body, title, due_on, kind, nullif(period, '')",
                "update obligation set state = 'DUE_SOON', state_since = ?, updated_at = ?"
                        + " where state in ('OPEN') and due_soon_at <= ? and due_at > ?"
                        + " returning item_id, version, region, responsible_body, title, due_on, kind, nullif(period, '')");
        assertThat(Transition.ALL).extracting(t -> t.parameters(java.sql.Timestamp.valueOf("2025-10-01 00:00:00")).length)
                .containsExactly(3, 4, 4);
    }
}
