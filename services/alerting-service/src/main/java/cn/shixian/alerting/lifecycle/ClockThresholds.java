package cn.shixian.alerting.lifecycle;

import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The two working-day thresholds of the clock: an open obligation is due soon when at most
 * {@code dueSoonWorkingDays} (K) remain, and escalated when overdue by {@code escalateAfterWorkingDays} (E).
 */
public record ClockThresholds(int dueSoonWorkingDays, int escalateAfterWorkingDays) {

    public ClockThresholds {
        if (dueSoonWorkingDays < 0 || escalateAfterWorkingDays < 1) {
            throw new IllegalArgumentException("K must be at least 0 and E at least 1 working day, not K = "
                    + dueSoonWorkingDays + ", E = " + escalateAfterWorkingDays);
        }
    }

    /** The instants an obligation due on {@code dueOn} changes position, in {@code region}'s calendar. */
    public TransitionTimes times(LocalDate dueOn, RegionCode region, WorkingDayCalendar calendar, ZoneId zone) {
        return TransitionTimes.of(dueOn, region, calendar, zone, dueSoonWorkingDays, escalateAfterWorkingDays);
    }
}
