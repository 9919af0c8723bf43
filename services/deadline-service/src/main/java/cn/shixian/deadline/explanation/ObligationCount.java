package cn.shixian.deadline.explanation;

import java.time.LocalDate;

/**
 * What an explanation needs of a stored obligation (公开义务): how it was counted.
 *
 * @param changedOn       the start day, not counted
 * @param calendarVersion the calendar {@code dueOn} was counted on
 */
record ObligationCount(String itemId, int version, String region, LocalDate changedOn, int workingDays,
                              LocalDate dueOn, String calendarVersion) {
}
