package cn.shixian.alerting;

import cn.shixian.contracts.Topic;
import cn.shixian.eventing.outbox.schema.OutboxTables;
import cn.shixian.testsupport.FormerSchemaUpgrade;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A database that ran the alerting-service's migrations of before issue 18 (the outbox DDL in V2 and
 * V7) starts today's service and relays what waits in its outbox.
 */
class FormerSchemaUpgradeTest {

    private final FormerSchemaUpgrade upgrade = new FormerSchemaUpgrade(new FormerSchemaUpgrade.Service("alerting",
            AlertingServiceApplication.application(), "7", Topic.DEADLINES.deadLetterTopicName(),
            OutboxTables.HISTORY_TABLE, List.of("--shixian.sweep.interval=3650d")));

    @Test
    void aDatabaseMigratedToTheLastFormerVersionStartsAndRelaysWhatWaitsInItsOutbox() {
        upgrade.fromTheLastFormerVersion();
    }

    @Test
    void aDatabaseMigratedBeforeV7StartsAndRelaysWhatWaitsInItsRowPerRecordOutbox() {
        upgrade.fromBeforeTheOutboxHeldRowsPerTransaction();
    }
}
