package cn.shixian.workcalendar.timelimit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One period of a periodic time limit (周期), e.g. the third quarter of 2025 ({@code 2025-Q3}).
 *
 * @param every how often the schedule recurs
 * @param start the period's first day (the first of a month that starts such a period)
 */
public record Period(SchedulePeriod every, LocalDate start) {

    /** What a period's {@link #key()} looks like: 2025-09, 2025-Q3, 2025-H2, 2025. */
    public static final Pattern KEY = Pattern.compile("[0-9]{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?");

    public Period {
        Objects.requireNonNull(every, "every");
        if (!every.startOf(start).equals(start)) {
            throw new IllegalArgumentException(start + " does not start a period of " + every);
        }
    }

    /** The period that holds {@code date}. */
    public static Period of(SchedulePeriod every, LocalDate date) {
        return new Period(every, every.startOf(date));
    }

    /** Its name: 2025-09, 2025-Q3, 2025-H2 or 2025. */
    public String key() {
        return every.key(start);
    }

    /** Its last day. */
    public LocalDate end() {
        return next().start().minusDays(1);
    }

    /** The period after it. */
    public Period next() {
        return new Period(every, start.plusMonths(every.months()));
    }

    @Override
    public String toString() {
        return key();
    }
}
