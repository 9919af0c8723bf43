package cn.shixian.workcalendar.timelimit;

import cn.shixian.workcalendar.DueDate;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How one due date is counted, resolved from a time limit and the day its clock starts: what a
 * service stores with an obligation so it can count again on a new calendar.
 *
 * @param unit what {@code days} counts
 * @param from the start day, not counted (期间开始之日不计入); for {@link CountUnit#FIXED} the due date itself
 * @param days N; 0 for {@link CountUnit#FIXED}
 */
public record DueCount(CountUnit unit, LocalDate from, int days) {

    /** What a {@link DueCount} counts. */
    public enum CountUnit {
        /** The N-th working day after {@code from}; for N = 0 {@code from} itself if it is a working day, else the next. */
        WORKING,
        /** The N-th calendar day after {@code from}, moved to the next working day if it is none (民法典 arts. 201, 203). */
        CALENDAR,
        /** {@code from} as written: a date the catalog names (每年1月31日前) is not moved. */
        FIXED
    }

    public DueCount {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(from, "from");
        if (days < 0 || days > WorkingDayCalendar.MAX_WORKING_DAYS || (unit == CountUnit.FIXED && days != 0)) {
            throw new IllegalArgumentException("days must be between 0 and " + WorkingDayCalendar.MAX_WORKING_DAYS
                    + " (0 for a fixed date): " + days);
        }
    }

    public static DueCount working(LocalDate from, int days) {
        return new DueCount(CountUnit.WORKING, from, days);
    }

    public static DueCount calendar(LocalDate from, int days) {
        return new DueCount(CountUnit.CALENDAR, from, days);
    }

    public static DueCount fixed(LocalDate on) {
        return new DueCount(CountUnit.FIXED, on, 0);
    }

    /** The due date on {@code calendar}'s days of {@code region}. */
    public DueDate due(WorkingDayCalendar calendar, RegionCode region) {
        return switch (unit) {
            case WORKING -> calendar.due(from, days, region);
            // 0 working days from the N-th calendar day: that day if it is a working day, else the next one
            case CALENDAR -> calendar.due(from.plusDays(days), 0, region);
            // the text names the day: neither moved nor resting on a notice
            case FIXED -> new DueDate(from, false, List.of(), calendar.version(region));
        };
    }
}
