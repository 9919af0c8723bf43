package cn.shixian.deadline.request;

import cn.shixian.workcalendar.DueDate;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * What a request's days are counted on: the working-day calendar (national and regional layers),
 * the zone whose local date of an event is the day that counts, and the time limits. One instance
 * per calendar version: the calendar is immutable.
 */
public record RequestRules(WorkingDayCalendar calendar, ZoneId zone, RequestTimeLimits limits) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public static RequestRules statutory(WorkingDayCalendar calendar) {
        return new RequestRules(calendar, DEFAULT_ZONE, RequestTimeLimits.STATUTORY);
    }

    /** The day an event counts for: its local date in the region's zone, whatever offset it was sent with. */
    LocalDate dayOf(OffsetDateTime at) {
        return at.atZoneSameInstant(zone).toLocalDate();
    }

    /** The n-th working day strictly after {@code start} (期间开始之日不计入). */
    DueDate due(LocalDate start, int n, RegionCode region) {
        return calendar.due(start, n, region);
    }

    /** Working days in (from, to]. */
    int between(LocalDate from, LocalDate to, RegionCode region) {
        return calendar.workingDaysBetween(from, to, region).workingDays();
    }

    /** The first instant after {@code dueOn}: when an answer becomes late. */
    OffsetDateTime endOf(LocalDate dueOn) {
        return dueOn.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }
}
