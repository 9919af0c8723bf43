package cn.shixian.deadline.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param heldPublicationGrace how long a publication of an item never seen waits for the item's
 *                             created event before it is dead-lettered as {@code unknown-item}
 * @param heldPublicationSweep how often held publications are checked
 * @param concurrency          consumers of {@code disclosure.items} in this instance
 */
@ConfigurationProperties("shixian.intake")
record IntakeSettings(@DefaultValue("15m") Duration heldPublicationGrace,
                      @DefaultValue("30s") Duration heldPublicationSweep,
                      @DefaultValue("2") int concurrency) {
}
