package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A due date (期限届满日) and what it rests on.
 *
 * @param provisional     a day that decided it lies in a year whose holiday notice is not loaded
 *                        (暂定): recompute it when the notice is loaded
 * @param reasons         which notices are missing, e.g. "no State Council notice for 2027 loaded: …";
 *                        empty when not provisional
 * @param calendarVersion the calendar that produced it
 */
public record DueDate(LocalDate date, boolean provisional, List<String> reasons, CalendarVersion calendarVersion) {
}
