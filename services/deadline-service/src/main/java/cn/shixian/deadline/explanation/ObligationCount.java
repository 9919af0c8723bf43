package cn.shixian.deadline.explanation;

import cn.shixian.workcalendar.timelimit.DueCount.CountUnit;
import java.time.LocalDate;

/**
 * What an explanation needs of a stored obligation (公开义务): how it was counted.
 *
 * @param changedOn       the day the item changed
 * @param workingDays     N, in {@code countUnit}
 * @param calendarVersion the calendar {@code dueOn} was counted on
 * @param countedFrom     the start day of the count, not counted ({@code changedOn}, or a period's last day)
 */
record ObligationCount(String itemId, int version, String region, LocalDate changedOn, int workingDays,
                       LocalDate dueOn, String calendarVersion, CountUnit countUnit, LocalDate countedFrom) {
}
