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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Dates of the Chinese lunisolar calendar (农历), the solar term 清明 and the Islamic calendar,
 * from ICU4J, as Gregorian dates in China (UTC+8, which is also Xinjiang's official time).
 */
final class LunarDates {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final double QINGMING_SOLAR_LONGITUDE = Math.PI / 12; // 15°

    /*
     * ICU4J's astronomy is approximate: where a new moon or solar term lies within minutes of
     * midnight China time it can land on the wrong day. These are all such days 2000-2100, found by
     * comparing with the 寿星天文历 algorithm (lunar-javascript 1.7.7) and VSOP87 (PyEphem 4.1.4);
     * LunarDatesTest checks every year against that reference.
     */
    private static final Map<Integer, LocalDate> LUNAR_NEW_YEAR_CORRECTIONS = Map.of(
            2027, LocalDate.of(2027, 2, 6),  // new moon 2027-02-06 23:56 CST; ICU says 02-07
            2030, LocalDate.of(2030, 2, 3)); // new moon 2030-02-03 00:07 CST; ICU says 02-02
    private static final Map<Integer, LocalDate> QINGMING_CORRECTIONS = Map.of(
            2071, LocalDate.of(2071, 4, 5)); // 15° reached 2071-04-05 00:02 CST; ICU says 04-04

    private LunarDates() {
    }

    /** 春节: the first day of the lunar year that begins in Gregorian {@code year}. */
    static LocalDate lunarNewYear(int year) {
        LocalDate corrected = LUNAR_NEW_YEAR_CORRECTIONS.get(year);
        return corrected != null ? corrected : icuChinese(year, 1, 1);
    }

    /** The Gregorian date of lunar month/day (not a leap month) in the lunar year that begins in {@code year}. */
    static LocalDate chinese(int year, int month, int day) {
        return month == 1 ? lunarNewYear(year).plusDays(day - 1L) : icuChinese(year, month, day);
    }

    /** 清明: the day in China on which the sun reaches ecliptic longitude 15°. */
    static LocalDate qingming(int year) {
        LocalDate corrected = QINGMING_CORRECTIONS.get(year);
        if (corrected != null) {
            return corrected;
        }
        // CalendarAstronomer is ICU's internal API; its public calendars do not expose solar terms
        CalendarAstronomer astronomer = new CalendarAstronomer(utcMillis(LocalDate.of(year, 3, 20)));
        long moment = astronomer.getSunTime(QINGMING_SOLAR_LONGITUDE, true);
        return Instant.ofEpochMilli(moment).atZone(CHINA).toLocalDate();
    }

    /** Every Gregorian date in {@code year} of Islamic month/day (Umm al-Qura): none, one or two. */
    static List<LocalDate> islamic(int year, int month, int day) {
        IslamicCalendar hijri = new IslamicCalendar(TimeZone.GMT_ZONE);
        hijri.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        hijri.setTimeInMillis(utcMillis(LocalDate.of(year, 1, 1)));
        int firstHijriYear = hijri.get(Calendar.EXTENDED_YEAR);
        List<LocalDate> dates = new ArrayList<>();
        // a Hijri year is 11 days shorter: a Gregorian year meets two or three of them
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

    private static LocalDate icuChinese(int year, int month, int day) {
        ChineseCalendar lunar = new ChineseCalendar(TimeZone.GMT_ZONE);
        // the lunar year that contains June 1 began in this Gregorian year (春节 is always before)
        lunar.setTimeInMillis(utcMillis(LocalDate.of(year, 6, 1)));
        int lunarYear = lunar.get(Calendar.EXTENDED_YEAR);
        lunar.clear();
        lunar.set(Calendar.EXTENDED_YEAR, lunarYear);
        lunar.set(Calendar.MONTH, month - 1);
        lunar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        lunar.set(Calendar.DATE, day);
        return toDate(lunar.getTimeInMillis());
    }

    private static long utcMillis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static LocalDate toDate(long utcMillis) {
        return Instant.ofEpochMilli(utcMillis).atZone(ZoneOffset.UTC).toLocalDate();
    }
}
