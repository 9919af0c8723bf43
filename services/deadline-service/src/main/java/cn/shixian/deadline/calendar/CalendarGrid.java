package cn.shixian.deadline.calendar;

import cn.shixian.workcalendar.DayKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * A region's year (日历), every day of it, as {@code GET /api/calendars/{region}/days} answers it.
 *
 * @param region          {@code CN} for the national calendar, else the GB/T 2260 code asked for
 * @param calendarVersion the version of the days that answer for the region
 * @param provisional     the year has no (confirmed) notice for the region, national or regional: computed days
 * @param notices         the notice years that apply: the national one and those of each prefix of the code
 */
record CalendarGrid(String region, int year, String calendarVersion, boolean provisional, List<Day> days,
                    List<CalendarYear> notices) {

    /**
     * @param names       the holidays the notice names for the day, e.g. [国庆节, 中秋节]; empty for none
     * @param provisional the day's kind is computed (no notice loaded for its year)
     */
    record Day(LocalDate date, DayOfWeek weekday, boolean workingDay, DayKind kind, List<String> names,
               boolean provisional) {
    }
}
