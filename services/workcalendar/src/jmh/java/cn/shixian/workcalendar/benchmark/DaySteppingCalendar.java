package cn.shixian.workcalendar.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The straightforward implementation the index replaces: step one day at a time and look each
 * day up in the sets of days off and make-up working days (the same days as the calendar's).
 */
final class DaySteppingCalendar {

    private final Set<LocalDate> weekdaysOff;
    private final Set<LocalDate> makeUpWorkingDays;

    DaySteppingCalendar(Set<LocalDate> weekdaysOff, Set<LocalDate> makeUpWorkingDays) {
        this.weekdaysOff = Set.copyOf(weekdaysOff);
        this.makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
    }

    boolean isWorkingDay(LocalDate date) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend ? makeUpWorkingDays.contains(date) : !weekdaysOff.contains(date);
    }

    /** The n-th working day strictly after {@code start}; for n = 0 start itself if working. */
    LocalDate due(LocalDate start, int n) {
        if (n == 0 && isWorkingDay(start)) {
            return start;
        }
        LocalDate day = start;
        for (int counted = 0; counted < Math.max(n, 1); ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
