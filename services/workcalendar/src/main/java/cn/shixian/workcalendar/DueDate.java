package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A due date (期限届满日) and what it rests on.
 *
 * @param provisional     some day counted lies in a year whose holiday notice is not loaded
 * @param reasons         which notices are missing, e.g. "no State Council notice for 2027 loaded"
 * @param calendarVersion the calendar that produced it
 */
public record DueDate(LocalDate date, boolean provisional, List<String> reasons, String calendarVersion) {
}
