package cn.shixian.deadline.periods;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param checkEvery how often the period scheduler looks for periods that have begun (and once at start)
 * @param chunk      items opened per transaction
 */
@ConfigurationProperties("shixian.periods")
record PeriodSettings(@DefaultValue("10m") Duration checkEvery, @DefaultValue("500") int chunk) {

    PeriodSettings {
        if (chunk < 1) {
            throw new IllegalArgumentException("shixian.periods.chunk must be at least 1, was " + chunk);
        }
    }
}
