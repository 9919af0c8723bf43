package cn.shixian.workbench.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates and times as officers write them: {@code 2025年10月28日（周二）}, {@code 2025年10月28日（周二）09:15}
 * in Chinese; {@code Tue 28 Oct 2025} in English. Times in the zone of the item's region. Plain Java.
 */
public final class Dates {

    private static final String[] WEEKDAYS_ZH = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private Dates() {
    }

    public static boolean chinese(Locale locale) {
        return locale == null || "zh".equals(locale.getLanguage());
    }

    /** {@code 2025年10月28日（周二）} or {@code Tue 28 Oct 2025}. */
    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        if (chinese(locale)) {
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日（"
                    + weekday(date.getDayOfWeek(), locale) + "）";
        }
        return EN_DATE.format(date);
    }

    /** {@code 10月1日} or {@code 1 Oct}: a day within a year already named. */
    public static String monthDay(LocalDate date, Locale locale) {
        if (chinese(locale)) {
            return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** {@code 周二} or {@code Tue}. */
    public static String weekday(DayOfWeek day, Locale locale) {
        return chinese(locale) ? WEEKDAYS_ZH[day.getValue() - 1] : day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** The date and time of an instant in a zone: {@code 2025年10月28日（周二）09:15}. */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(zone);
        return date(local.toLocalDate(), locale) + " " + HOUR_MINUTE.format(local);
    }
}
