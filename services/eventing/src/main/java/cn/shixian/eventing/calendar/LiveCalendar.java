package cn.shixian.eventing.calendar;

import cn.shixian.workcalendar.HolidayNotice;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.ZoneId;
import java.util.function.UnaryOperator;

/**
 * The working-day calendar (工作日历) a service counts with now: the notices bundled with the
 * workcalendar library plus those loaded at runtime (announced on {@code disclosure.calendars}).
 * Calendars are immutable and swapped atomically, so one piece of work counts with one version.
 */
public class LiveCalendar {

    private final ZoneId zone;
    private volatile WorkingDayCalendar calendar;

    public LiveCalendar(WorkingDayCalendar initial, ZoneId zone) {
        this.calendar = initial;
        this.zone = zone;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The zone in which a region's days begin and end (docs/design.md rule 2). */
    public ZoneId zone() {
        return zone;
    }

    /** Switches to {@code change} of the current calendar (checked by the caller or by the change). */
    public synchronized void update(UnaryOperator<WorkingDayCalendar> change) {
        calendar = change.apply(calendar);
    }

    /** Adds a notice loaded elsewhere, unless the calendar has it already. */
    public void adopt(HolidayNotice notice) {
        update(current -> current.notices().contains(notice) ? current : current.withCorrectedNotice(notice));
    }
}
