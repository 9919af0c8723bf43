package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A yearly holiday notice (放假安排通知): the State Council's for the whole country
 * (国务院办公厅关于X年部分节假日安排的通知, region {@code 00}) or a regional government's for its
 * area (e.g. 新疆 肉孜节/古尔邦节, region {@code 65}). It may name days of the neighbouring years.
 *
 * @param source     where the notice was published (its address), kept with the data
 * @param confidence how sure we are of the days, as written: {@code official text (reprint)}, {@code news
 *                   report of the notice}, {@code third-party dataset or unofficial page}, …; its
 *                   {@link Confidence} level decides whether the year is final
 */
public record HolidayNotice(RegionCode region, int year, String source, String confidence, List<NoticeDay> days) {

    public HolidayNotice {
        if (region == null || days == null) {
            throw new CalendarException.InvalidNotice("a notice needs a region and its days");
        }
        source = source == null ? "" : source;
        confidence = confidence == null || confidence.isBlank() ? "official" : confidence;
        days = List.copyOf(days);
        int firstYear = WorkingDayCalendar.FIRST_DAY.getYear();
        int lastYear = WorkingDayCalendar.LAST_DAY.getYear();
        if (year < firstYear || year > lastYear) {
            throw new CalendarException.InvalidNotice("notice " + region + "/" + year
                    + " is outside the supported years " + firstYear + "-" + lastYear);
        }
        if (days.isEmpty()) {
            // holiday-cn publishes an empty file for a year whose notice is not out: not "no holidays"
            throw new CalendarException.InvalidNotice("notice " + region + "/" + year
                    + " lists no days: a placeholder is not a notice, the year stays provisional");
        }
        rejectDaysOutsideNeighbouringYears(region, year, days);
        rejectRepeatedDays(region, year, days);
    }

    public boolean isNational() {
        return region.equals(RegionCode.NATIONAL);
    }

    /** The level of {@link #confidence()}. */
    public Confidence confidenceLevel() {
        return Confidence.of(confidence);
    }

    /** Whether its days are taken as final; a third-party transcription leaves the year provisional. */
    public boolean isConfirmed() {
        return confidenceLevel().isFinal();
    }

    /**
     * The first day this notice can change: 1 January of its year, or an earlier day it names (a
     * make-up working day of the year before). A count whose days end before it cannot move.
     */
    public LocalDate earliestDay() {
        return days.stream().map(NoticeDay::date).min(LocalDate::compareTo)
                .filter(first -> first.getYear() < year).orElse(LocalDate.of(year, 1, 1));
    }

    /** The last day this notice can change: 31 December of its year, or a later day it names. */
    public LocalDate latestDay() {
        return days.stream().map(NoticeDay::date).max(LocalDate::compareTo)
                .filter(last -> last.getYear() > year).orElse(LocalDate.of(year, 12, 31));
    }

    String label() {
        return (isNational() ? "State Council notice " : "regional notice " + region + " ") + year;
    }

    private static void rejectDaysOutsideNeighbouringYears(RegionCode region, int year, List<NoticeDay> days) {
        for (NoticeDay day : days) {
            if (Math.abs(day.date().getYear() - year) > 1) {
                throw new CalendarException.InvalidNotice("notice " + region + "/" + year + " names " + day.date()
                        + ", which is not in " + year + " or a neighbouring year");
            }
        }
    }

    private static void rejectRepeatedDays(RegionCode region, int year, List<NoticeDay> days) {
        Map<LocalDate, NoticeDay> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (NoticeDay day : days) {
            NoticeDay before = seen.putIfAbsent(day.date(), day);
            if (before != null) {
                problems.add(day.date() + (before.offDay() == day.offDay()
                        ? " is listed twice" : " is listed both as a day off and as a working day"));
            }
        }
        if (!problems.isEmpty()) {
            throw new CalendarException.InvalidNotice("notice " + region + "/" + year + ": "
                    + String.join("; ", problems));
        }
    }
}
