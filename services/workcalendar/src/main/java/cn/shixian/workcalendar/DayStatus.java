package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether one day is a working day (工作日) in a region, and what that rests on (see {@link DueDate}).
 */
public record DayStatus(LocalDate date, boolean workingDay, boolean provisional, List<String> reasons,
                        CalendarVersion calendarVersion) {
}
