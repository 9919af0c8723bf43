package cn.shixian.alerting.obligation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The read model's intake.
 *
 * @param processedIdsKept how long the CloudEvents ids of applied deadline events are kept to
 *                         recognise a redelivery: at least the retention of {@code disclosure.deadlines}
 *                         (Kafka's default, 7 days), since only a record still on the topic can come again
 * @param pruneBatch       ids forgotten at most per sweep, so one sweep's delete stays short
 */
@ConfigurationProperties("shixian.readmodel")
record ReadModelSettings(@DefaultValue("14d") Duration processedIdsKept, @DefaultValue("50000") int pruneBatch) {

    ReadModelSettings {
        if (processedIdsKept.compareTo(Duration.ofDays(1)) < 0 || pruneBatch < 1) {
            throw new IllegalArgumentException("shixian.readmodel.processed-ids-kept must be at least 1d and "
                    + "prune-batch at least 1, not " + processedIdsKept + " and " + pruneBatch);
        }
    }
}
