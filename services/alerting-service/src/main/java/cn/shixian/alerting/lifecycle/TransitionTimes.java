package cn.shixian.alerting.lifecycle;

import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When an obligation changes state by the clock alone (docs/design.md rule 6), worked out once from its
 * due date, so the sweep only compares instants: due soon (临近截止) from the start of the first day
 * with at most K working days left, overdue (逾期) from the start of the day after the due date,
 * escalated (升级) from the start of the E-th working day after the due date.
 */
public record TransitionTimes(Instant dueSoonAt, Instant dueAt, Instant escalateAt) {

    public static TransitionTimes of(LocalDate dueOn, RegionCode code, WorkingDayCalendar calendar, ZoneId zone,
                                     int k, int e) {
        // from the day after the (K+1)-th working day back, at most K are left in [day, dueOn]
        LocalDate dueSoonFrom = calendar.nthWorkingDayBack(dueOn, k + 1, code).date().plusDays(1);
        LocalDate escalateOn = calendar.due(dueOn, e, code).date();
        return new TransitionTimes(start(dueSoonFrom, zone), start(dueOn.plusDays(1), zone), start(escalateOn, zone));
    }

    /** Working days left on {@code today} to publish by the end of {@code dueOn}: those in [today, dueOn]. */
    public static int workingDaysLeft(LocalDate today, LocalDate dueOn, RegionCode region, WorkingDayCalendar calendar) {
        return calendar.workingDaysBetween(today.minusDays(1), dueOn, region).workingDays();
    }

    /** Working days an obligation due on {@code dueOn} is overdue on {@code today}: those in (dueOn, today], at least 0. */
    public static int workingDaysOverdue(LocalDate today, LocalDate dueOn, RegionCode region, WorkingDayCalendar calendar) {
        return Math.max(0, calendar.workingDaysBetween(dueOn, today, region).workingDays());
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
