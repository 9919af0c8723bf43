package cn.shixian.eventing.calendar;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param zone the time zone in which a region's days begin and end (docs/design.md rule 2); Beijing
 *             time is also official time in Xinjiang
 */
@ConfigurationProperties("shixian.calendar")
public record CalendarSettings(@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
