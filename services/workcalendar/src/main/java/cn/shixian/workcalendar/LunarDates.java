package cn.shixian.workcalendar;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Dates of the Chinese lunisolar calendar (农历), the solar term 清明 and the Islamic calendar,
 * from ICU4J, as Gregorian dates in China (UTC+8, which is also Xinjiang's official time).
 */
final class LunarDates {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final double QINGMING_SOLAR_LONGITUDE = Math.PI / 12; // 15°

    private LunarDates() {
    }

    /** The Gregorian date of lunar month/day in the lunar year that begins in Gregorian {@code year}. */
    static LocalDate chinese(int year, int month, int day) {
        ChineseCalendar lunar = new ChineseCalendar(TimeZone.GMT_ZONE);
        lunar.setTimeInMillis(utcMillis(LocalDate.of(year, 6, 1)));
        int lunarYear = lunar.get(Calendar.EXTENDED_YEAR);
        lunar.clear();
        lunar.set(Calendar.EXTENDED_YEAR, lunarYear);
        lunar.set(Calendar.MONTH, month - 1);
        lunar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        lunar.set(Calendar.DATE, day);
        return toDate(lunar.getTimeInMillis());
    }

    /** 除夕: the last day of the lunar year before the new year of Gregorian {@code year}. */
    static LocalDate chineseNewYearsEve(int year) {
        return chinese(year, 1, 1).minusDays(1);
    }

    /** 清明: the day in China on which the sun reaches ecliptic longitude 15°. */
    static LocalDate qingming(int year) {
        CalendarAstronomer astronomer = new CalendarAstronomer(utcMillis(LocalDate.of(year, 3, 20)));
        long moment = astronomer.getSunTime(QINGMING_SOLAR_LONGITUDE, true);
        return Instant.ofEpochMilli(moment).atZone(CHINA).toLocalDate();
    }

    /** Every Gregorian date in {@code year} of Islamic month/day (Umm al-Qura). */
    static java.util.List<LocalDate> islamic(int year, int month, int day) {
        IslamicCalendar hijri = new IslamicCalendar(TimeZone.GMT_ZONE);
        hijri.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        hijri.setTimeInMillis(utcMillis(LocalDate.of(year, 1, 1)));
        int firstHijriYear = hijri.get(Calendar.EXTENDED_YEAR);
        java.util.List<LocalDate> dates = new java.util.ArrayList<>();
        for (int hijriYear = firstHijriYear; hijriYear <= firstHijriYear + 1; hijriYear++) {
            hijri.clear();
            hijri.set(Calendar.EXTENDED_YEAR, hijriYear);
            hijri.set(Calendar.MONTH, month - 1);
            hijri.set(Calendar.DATE, day);
            LocalDate date = toDate(hijri.getTimeInMillis());
            if (date.getYear() == year) {
                dates.add(date);
            }
        }
        return dates;
    }

    private static long utcMillis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static LocalDate toDate(long utcMillis) {
        return Instant.ofEpochMilli(utcMillis).atZone(ZoneOffset.UTC).toLocalDate();
    }
}
