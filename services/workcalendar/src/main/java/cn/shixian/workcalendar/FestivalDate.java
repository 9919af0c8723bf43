package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a holiday falls in its own calendar: a Gregorian date, a date of the Chinese lunisolar
 * calendar (农历), the eve of the lunar new year (除夕), the solar term 清明, a date of the
 * Islamic (Hijri) calendar, or a date known only from notices. Holiday rules are data built from these, so a new regional festival
 * needs no code.
 */
public sealed interface FestivalDate {

    /** The Gregorian dates in {@code year} (an Islamic date can fall twice or not at all). */
    List<LocalDate> in(int year);

    /** A fixed Gregorian month and day, e.g. 10-01 for 国庆节. */
    record Gregorian(int month, int day) implements FestivalDate {
        @Override
        public List<LocalDate> in(int year) {
            return List.of(LocalDate.of(year, month, day));
        }
    }

    /** A day of the Chinese lunar year that begins in {@code year}, e.g. 5/5 for 端午节 (never a leap month). */
    record ChineseLunar(int month, int day) implements FestivalDate {
        @Override
        public List<LocalDate> in(int year) {
            return List.of(LunarDates.chinese(year, month, day));
        }
    }

    /** 除夕: the last day of the lunar year that ends in {@code year}. */
    record ChineseNewYearsEve() implements FestivalDate {
        @Override
        public List<LocalDate> in(int year) {
            return List.of(LunarDates.lunarNewYear(year).minusDays(1));
        }
    }

    /** 清明: the day (China time) on which the sun reaches ecliptic longitude 15°. */
    record Qingming() implements FestivalDate {
        @Override
        public List<LocalDate> in(int year) {
            return List.of(LunarDates.qingming(year));
        }
    }

    /**
     * A festival of a calendar that cannot be computed here, e.g. 藏历新年 (Tibetan calendar): its
     * days come only from regional notices, and a year without one stays provisional.
     */
    record AnnouncedOnly() implements FestivalDate {
        @Override
        public List<LocalDate> in(int year) {
            return List.of();
        }
    }

    /** A day of the Islamic calendar (Umm al-Qura), e.g. 10/1 for 肉孜节 (Eid al-Fitr). */
    record Islamic(int month, int day) implements FestivalDate {
        @Override
        public List<LocalDate> in(int year) {
            return LunarDates.islamic(year, month, day);
        }
    }
}
