package cn.shixian.workcalendar;

import java.util.List;

/** A number of working days between two dates, and what it rests on (see {@link DueDate}). */
public record WorkingDayCount(int workingDays, boolean provisional, List<String> reasons,
                              CalendarVersion calendarVersion) {
}
