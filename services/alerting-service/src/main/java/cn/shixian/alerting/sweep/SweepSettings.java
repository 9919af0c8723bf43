package cn.shixian.alerting.sweep;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param interval                 how often the sweep runs (one Quartz trigger for all obligations)
 * @param dueSoonWorkingDays       K: an open obligation is due soon when at most K working days remain
 * @param escalateAfterWorkingDays E: an overdue obligation is escalated when overdue by at least E working days
 */
@ConfigurationProperties("shixian.sweep")
public record SweepSettings(@DefaultValue("1m") Duration interval, @DefaultValue("3") int dueSoonWorkingDays,
                            @DefaultValue("5") int escalateAfterWorkingDays) {
}
