package cn.shixian.workcalendar;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The working days of one area (the nation, or the nation plus the regional layers of a code) as a
 * {@link DayIndex}, the years that are provisional there and why, and its {@link CalendarVersion}.
 * Answers queries on day offsets; {@link WorkingDayCalendar} checks the input.
 */
final class RegionProfile {

    private final DayIndex index;
    private final DayLabels labels;
    private final SortedMap<Integer, List<String>> provisionalReasons;
    // provisional days in [FIRST_DAY, day i]: whether a query touches one is two array reads
    private final int[] provisionalDaysThrough;
    private final CalendarVersion version;

    RegionProfile(boolean[] working, DayLabels labels, Map<Integer, List<String>> provisionalReasons) {
        this.index = new DayIndex(working);
        this.labels = labels;
        this.provisionalReasons = new TreeMap<>();
        provisionalReasons.forEach((year, why) -> this.provisionalReasons.put(year, List.copyOf(why)));
        provisionalDaysThrough = new int[DayIndex.DAYS];
        int count = 0;
        for (int day = 0; day < DayIndex.DAYS; day++) {
            count += provisionalReasons.containsKey(DayIndex.date(day).getYear()) ? 1 : 0;
            provisionalDaysThrough[day] = count;
        }
        version = versionOf(working, this.provisionalReasons);
    }

    DayStatus status(int day) {
        List<String> reasons = reasons(day, day);
        return new DayStatus(DayIndex.date(day), index.isWorking(day), !reasons.isEmpty(), reasons, version);
    }

    /** The day's kind and holiday names; a few array reads. */
    CalendarDay describe(int day) {
        LocalDate date = DayIndex.date(day);
        DayKind kind = labels.kind(day, index.isWorking(day), StatutoryHolidays.isWeekend(date));
        boolean provisional = provisionalDaysThrough[day] - (day == 0 ? 0 : provisionalDaysThrough[day - 1]) == 1;
        return new CalendarDay(date, kind, labels.names(day), provisional);
    }

    /** docs/design.md rule 2; the days that decide it are (start, due], or [start, due] for n = 0. */
    DueDate due(int start, int n) {
        boolean sameDay = n == 0 && index.isWorking(start);
        int due = sameDay ? start : index.nthAfter(start, Math.max(n, 1));
        if (due < 0) {
            throw new CalendarException.OutOfRange(n + " working days after " + DayIndex.date(start) + " fall after "
                    + WorkingDayCalendar.LAST_DAY + ", the end of the supported range");
        }
        List<String> reasons = reasons(n == 0 ? start : start + 1, due);
        return new DueDate(DayIndex.date(due), !reasons.isEmpty(), reasons, version);
    }

    /** The n-th working day counting back from {@code end}, {@code end} included; the days that decide it are [it, end]. */
    DueDate nthBack(int end, int n) {
        int day = index.nthOnOrBefore(end, n);
        if (day < 0) {
            throw new CalendarException.OutOfRange(n + " working days back from " + DayIndex.date(end)
                    + " fall before " + WorkingDayCalendar.FIRST_DAY + ", the start of the supported range");
        }
        List<String> reasons = reasons(day, end);
        return new DueDate(DayIndex.date(day), !reasons.isEmpty(), reasons, version);
    }

    WorkingDayCount between(int a, int b) {
        List<String> reasons = reasons(Math.min(a, b) + 1, Math.max(a, b));
        return new WorkingDayCount(index.between(a, b), !reasons.isEmpty(), reasons, version);
    }

    CalendarVersion version() {
        return version;
    }

    boolean isProvisional(int year) {
        return provisionalReasons.containsKey(year);
    }

    List<String> provisionalReasons(int year) {
        return provisionalReasons.getOrDefault(year, List.of());
    }

    /** Why days {@code from..to} (offsets, inclusive) are provisional; empty if none is. */
    private List<String> reasons(int from, int to) {
        if (from > to || provisionalDaysThrough[to] - (from == 0 ? 0 : provisionalDaysThrough[from - 1]) == 0) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        provisionalReasons.subMap(DayIndex.date(from).getYear(), DayIndex.date(to).getYear() + 1).values()
                .forEach(reasons::addAll);
        return List.copyOf(reasons);
    }

    private static CalendarVersion versionOf(boolean[] working, SortedMap<Integer, List<String>> reasons) {
        ByteArrayOutputStream content = new ByteArrayOutputStream(working.length + 1024);
        for (boolean day : working) {
            content.write(day ? '1' : '0');
        }
        reasons.forEach((year, why) -> content.writeBytes(("|" + year + ":" + why).getBytes(StandardCharsets.UTF_8)));
        return CalendarVersion.hashOf(content.toByteArray());
    }
}
