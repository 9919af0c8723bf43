package cn.shixian.deadline.explanation;

import cn.shixian.workcalendar.DayKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Why an obligation is due on its day (期限计算说明): every day from the start day to the due date,
 * counted or not and why, and the days off and make-up working days in between grouped into spans.
 *
 * @param calendarVersion        the calendar the due date was counted on
 * @param currentCalendarVersion the calendar the days are described with (the live one, for the region)
 * @param calendarChanged        the two differ: the live calendar may count to another day than {@code dueOn}
 * @param provisional            a day that decides the count lies in a year without a loaded notice
 * @param countUnit              what {@code workingDays} counts: WORKING, CALENDAR (days), FIXED (a named date)
 * @param countedFrom            the start day of the count: {@code changedOn}, or a period's last day
 */
record DueDateExplanation(String itemId, int version, String region, LocalDate changedOn, int workingDays,
                                 LocalDate dueOn, String calendarVersion, String currentCalendarVersion,
                                 boolean calendarChanged, boolean provisional, List<Day> days, List<Span> spans,
                          String countUnit, LocalDate countedFrom) {

    /**
     * One day from the start day to the due date.
     *
     * @param counted     one of the working days the time limit counts
     * @param ordinal     its number among them (1 … workingDays; 0 for the one day of a 0-day limit), null if not counted
     * @param names       the holidays the notice names for the day (国庆节, 中秋节), empty for none
     * @param provisional the day lies in a year without a loaded notice: its kind is computed
     */
    record Day(LocalDate date, DayOfWeek weekday, ExplainedKind kind, boolean counted, Integer ordinal,
                      List<String> names, boolean provisional) {
    }

    /**
     * Consecutive days after the start day of one kind that is not counted (weekend, holiday, regional
     * holiday) and the same names, or one make-up working day, in date order: "10月1日–8日 国庆节、中秋节 放假".
     *
     * @param days the number of days from {@code from} to {@code to}, both included
     */
    record Span(LocalDate from, LocalDate to, DayKind kind, List<String> names, int days) {
    }
}
