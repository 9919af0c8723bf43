package cn.shixian.workcalendar;

/**
 * A festival a regional government grants days off for (少数民族节日), as data: where it falls in
 * its own calendar, and how many working days off to assume in a year whose regional notice is
 * not loaded (provisional).
 *
 * @param calendar    {@code islamic} (Hijri, Umm al-Qura) or {@code chinese} (农历)
 * @param month       1-based month in that calendar
 * @param day         day of that month
 * @param workingDaysOff working days off from the festival day on (weekends and national holidays
 *                       in between are skipped, as the notices do)
 */
public record RegionalFestival(String name, String calendar, int month, int day, int workingDaysOff) {
}
