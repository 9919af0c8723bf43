package cn.shixian.eventing.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is relayed.
 *
 * @param batchSize    records sent per round trip (one transaction, one wait for all acks)
 * @param pollInterval how long the relay sleeps when nothing was written by this instance
 * @param sendTimeout  how long to wait for the broker's acks before the batch is retried
 */
@ConfigurationProperties("shixian.outbox")
public record OutboxSettings(@DefaultValue("2000") int batchSize, @DefaultValue("500ms") Duration pollInterval,
                             @DefaultValue("30s") Duration sendTimeout) {
}
