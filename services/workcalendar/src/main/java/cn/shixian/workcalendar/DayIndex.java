package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The precomputed cumulative working-day index (累计工作日索引) of one region over the supported
 * range: for each day the count of working days up to it, and for each count the day it is reached
 * on. Every query is a few array reads, never a loop over days. Days are offsets from
 * {@link WorkingDayCalendar#FIRST_DAY}.
 */
final class DayIndex {

    static final long FIRST_EPOCH_DAY = WorkingDayCalendar.FIRST_DAY.toEpochDay();
    static final int DAYS = (int) (WorkingDayCalendar.LAST_DAY.toEpochDay() - FIRST_EPOCH_DAY + 1);
    // results hand out dates: sharing one instance per day saves building them per query
    private static final LocalDate[] DATES = new LocalDate[DAYS];

    static {
        for (int i = 0; i < DAYS; i++) {
            DATES[i] = LocalDate.ofEpochDay(FIRST_EPOCH_DAY + i);
        }
    }

    private final int[] workingDaysThrough; // working days in [FIRST_DAY, day i]
    private final int[] nthWorkingDay;      // the day of the (k+1)-th working day

    DayIndex(boolean[] working) {
        workingDaysThrough = new int[DAYS];
        int[] positions = new int[DAYS];
        int count = 0;
        for (int i = 0; i < DAYS; i++) {
            if (working[i]) {
                positions[count++] = i;
            }
            workingDaysThrough[i] = count;
        }
        nthWorkingDay = Arrays.copyOf(positions, count);
    }

    /** The offset of {@code date}, or -1 outside the supported range. */
    static int offset(LocalDate date) {
        long offset = date.toEpochDay() - FIRST_EPOCH_DAY;
        return offset >= 0 && offset < DAYS ? (int) offset : -1;
    }

    static LocalDate date(int offset) {
        return DATES[offset];
    }

    boolean isWorking(int offset) {
        return workingDaysThrough[offset] - (offset == 0 ? 0 : workingDaysThrough[offset - 1]) == 1;
    }

    /** Working days in (a, b]; negative (minus those in (b, a]) when b is before a. */
    int between(int a, int b) {
        return workingDaysThrough[b] - workingDaysThrough[a];
    }

    /** The offset of the n-th working day counting back from {@code offset}, itself included (n >= 1), or -1. */
    int nthOnOrBefore(int offset, int n) {
        int k = workingDaysThrough[offset] - n;
        return k >= 0 ? nthWorkingDay[k] : -1;
    }

    /** The offset of the n-th working day strictly after {@code offset} (n >= 1), or -1 past the range. */
    int nthAfter(int offset, int n) {
        long k = (long) workingDaysThrough[offset] + n - 1;
        return k < nthWorkingDay.length ? nthWorkingDay[(int) k] : -1;
    }
}
