package cn.shixian.deadline.eventlog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param monthsOnline how long after its end a month of the event log stays online; then it is
 *                     detached as {@code item_event_archive_YYYY_MM} for the operator to archive
 * @param checkEvery   how often the months are made ahead and detached (and once at start)
 */
@ConfigurationProperties("shixian.event-log")
record EventLogSettings(@DefaultValue("36") int monthsOnline, @DefaultValue("1d") Duration checkEvery) {

    EventLogMonths months() {
        return new EventLogMonths(monthsOnline);
    }
}
