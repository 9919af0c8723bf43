package cn.shixian.workcalendar;

import java.time.LocalDate;

/**
 * The precomputed working-day index of one region profile over the supported range: for each day
 * the count of working days up to it, and for each count the day it is reached on. Every query is
 * two array reads, never a loop over days.
 */
final class DayIndex {

    private final long firstEpochDay;
    private final int[] workingDaysThrough; // working days in [first, first + i]
    private final int[] nthWorkingDay;      // offset of the (k+1)-th working day
    private final int[] provisionalYearsThrough; // provisional years in [firstYear, firstYear + y]
    private final int firstYear;

    DayIndex(LocalDate first, boolean[] working, boolean[] provisionalYear) {
        this.firstEpochDay = first.toEpochDay();
        this.firstYear = first.getYear();
        workingDaysThrough = new int[working.length];
        int[] positions = new int[working.length];
        int count = 0;
        for (int i = 0; i < working.length; i++) {
            if (working[i]) {
                positions[count++] = i;
            }
            workingDaysThrough[i] = count;
        }
        nthWorkingDay = java.util.Arrays.copyOf(positions, count);
        provisionalYearsThrough = new int[provisionalYear.length];
        int provisional = 0;
        for (int y = 0; y < provisionalYear.length; y++) {
            provisional += provisionalYear[y] ? 1 : 0;
            provisionalYearsThrough[y] = provisional;
        }
    }

    int offset(LocalDate date) {
        return (int) (date.toEpochDay() - firstEpochDay);
    }

    LocalDate date(int offset) {
        return LocalDate.ofEpochDay(firstEpochDay + offset);
    }

    boolean isWorking(int offset) {
        return workingDaysThrough[offset] - (offset == 0 ? 0 : workingDaysThrough[offset - 1]) == 1;
    }

    /** Working days in (a, b]; negative when b is before a. */
    int between(int a, int b) {
        return workingDaysThrough[b] - workingDaysThrough[a];
    }

    /** Offset of the n-th working day strictly after {@code offset} (n >= 1), or -1 past the range. */
    int nthAfter(int offset, int n) {
        int k = workingDaysThrough[offset] + n - 1;
        return k < nthWorkingDay.length ? nthWorkingDay[k] : -1;
    }

    /** Whether any year from the year of {@code from} to that of {@code to} is provisional. */
    boolean touchesProvisional(LocalDate from, LocalDate to) {
        int a = from.getYear() - firstYear;
        int b = to.getYear() - firstYear;
        return provisionalYearsThrough[b] - (a == 0 ? 0 : provisionalYearsThrough[a - 1]) > 0;
    }
}
