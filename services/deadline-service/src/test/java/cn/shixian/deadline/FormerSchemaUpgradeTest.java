package cn.shixian.deadline;

import cn.shixian.contracts.Topic;
import cn.shixian.eventing.outbox.schema.OutboxTables;
import cn.shixian.testsupport.FormerSchemaUpgrade;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A database that ran the deadline-service's migrations of before issue 18 (the outbox DDL in V2 and
 * V5) starts today's service and relays what waits in its outbox.
 */
class FormerSchemaUpgradeTest {

    private final FormerSchemaUpgrade upgrade = new FormerSchemaUpgrade(new FormerSchemaUpgrade.Service("deadline",
            DeadlineServiceApplication.application(), "5", Topic.ITEMS.deadLetterTopicName(),
            OutboxTables.HISTORY_TABLE, List.of()));

    @Test
    void aDatabaseMigratedToTheLastFormerVersionStartsAndRelaysWhatWaitsInItsOutbox() {
        upgrade.fromTheLastFormerVersion();
    }

    @Test
    void aDatabaseMigratedBeforeV5StartsAndRelaysWhatWaitsInItsRowPerRecordOutbox() {
        upgrade.fromBeforeTheOutboxHeldRowsPerTransaction();
    }
}
