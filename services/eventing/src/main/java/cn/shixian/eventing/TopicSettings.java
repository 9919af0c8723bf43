package cn.shixian.eventing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the Shixian topics are created when a service starts and finds them missing.
 *
 * @param partitions partitions of each topic; items are keyed by itemId, so this bounds
 *                   how many consumers of one group share the work
 * @param replicationFactor 1 for a single local broker, 3 in production
 */
@ConfigurationProperties("shixian.kafka.topics")
public record TopicSettings(@DefaultValue("6") int partitions, @DefaultValue("1") short replicationFactor) {
}
