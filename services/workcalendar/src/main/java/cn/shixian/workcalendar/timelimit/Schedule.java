package cn.shixian.workcalendar.timelimit;

import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A periodic time limit (周期性公开): one publication per period, due on a named day of the period
 * (每年1月31日前, 每月25日前: {@link OnDay}) or counted from the period's end (每季度结束后15个工作日内:
 * {@link AfterEnd}).
 *
 * @param every how often it recurs
 * @param due   when each period's publication is due
 */
public record Schedule(SchedulePeriod every, Due due) {

    /** When each period's publication is due. */
    public sealed interface Due permits OnDay, AfterEnd {
    }

    /**
     * Due on a day the text names.
     *
     * @param month the month, counted from the period's first month as 1 (每年3月底前: 3; 每月25日前: 1;
     *              次月10日前: 2); it may lie after the period
     * @param day   the day of that month, 1 to 31, or 0 for its last day (月底, 月末); a day past the
     *              month's end is its last day (每月31日前 in February)
     */
    public record OnDay(int month, int day) implements Due {
        public OnDay {
            if (month < 1 || month > 24 || day < 0 || day > 31) {
                throw new IllegalArgumentException("no such day of a period: month " + month + ", day " + day);
            }
        }
    }

    /**
     * Due N days after the period's last day (not counted).
     *
     * @param workingDays whether N counts working days (工作日) or calendar days (日)
     */
    public record AfterEnd(int days, boolean workingDays) implements Due {
        public AfterEnd {
            if (days < 0 || days > WorkingDayCalendar.MAX_WORKING_DAYS) {
                throw new IllegalArgumentException("days after the period's end must be between 0 and "
                        + WorkingDayCalendar.MAX_WORKING_DAYS + ": " + days);
            }
        }
    }

    public Schedule {
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(due, "due");
        if (due instanceof OnDay on && on.month() > every.months() * 2) {
            throw new IllegalArgumentException("month " + on.month() + " lies beyond the next period of " + every);
        }
    }

    /** {@link TimeLimitKind#FIXED_DATE} for a named day, else {@link TimeLimitKind#PERIODIC}. */
    public TimeLimitKind kind() {
        return due instanceof OnDay ? TimeLimitKind.FIXED_DATE : TimeLimitKind.PERIODIC;
    }

    /** What it says, in English: "each month: by day 25", "each quarter: 15 working days after its end". */
    public String summary() {
        String each = "each " + every.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return switch (due) {
            case OnDay on -> each + ": by " + (on.day() == 0 ? "the last day" : "day " + on.day()) + " of " + month(on);
            case AfterEnd after when after.days() == 0 && !after.workingDays() ->
                    each + ": by the period's last day (the next working day if it is none)";
            case AfterEnd after -> each + ": " + after.days() + (after.workingDays() ? " working" : " calendar")
                    + " days after its end";
        };
    }

    /** "the month", "the next month" (每月), or "month 3" counted from the period's first month. */
    private String month(OnDay on) {
        if (every == SchedulePeriod.MONTH) {
            return on.month() == 1 ? "the month" : "the next month";
        }
        return "month " + on.month() + (on.month() > every.months() ? " counted from the period's start" : "");
    }

    /**
     * A stable text for storage, read back by {@link #ofCode}: {@code QUARTER/AFTER/15/WORKING},
     * {@code MONTH/AFTER/10/CALENDAR}, {@code YEAR/ON/3/0} (month 3, its last day).
     */
    public String code() {
        return every + "/" + switch (due) {
            case OnDay on -> "ON/" + on.month() + "/" + on.day();
            case AfterEnd after -> "AFTER/" + after.days() + "/" + (after.workingDays() ? "WORKING" : "CALENDAR");
        };
    }

    /** The schedule of a {@link #code()}. */
    public static Schedule ofCode(String code) {
        String[] part = code.split("/");
        if (part.length != 4) {
            throw new IllegalArgumentException("not a schedule code: " + code);
        }
        SchedulePeriod every = SchedulePeriod.valueOf(part[0]);
        int first = Integer.parseInt(part[2]);
        return switch (part[1]) {
            case "ON" -> new Schedule(every, new OnDay(first, Integer.parseInt(part[3])));
            case "AFTER" -> new Schedule(every, new AfterEnd(first, switch (part[3]) {
                case "WORKING" -> true;
                case "CALENDAR" -> false;
                default -> throw new IllegalArgumentException("not a schedule code: " + code);
            }));
            default -> throw new IllegalArgumentException("not a schedule code: " + code);
        };
    }

    /** How {@code period}'s due date is counted. */
    public DueCount countFor(Period period) {
        return switch (due) {
            case OnDay on -> {
                LocalDate month = period.start().plusMonths(on.month() - 1L);
                int last = month.lengthOfMonth();
                yield DueCount.fixed(month.withDayOfMonth(on.day() == 0 ? last : Math.min(on.day(), last)));
            }
            case AfterEnd after -> after.workingDays() ? DueCount.working(period.end(), after.days())
                    : DueCount.calendar(period.end(), after.days());
        };
    }

    /**
     * The first period whose due date comes after {@code day}: the first one an item changed on
     * {@code day} owes (a period already due when the schedule began is not owed).
     */
    public Period firstPeriodDueAfter(LocalDate day, WorkingDayCalendar calendar, RegionCode region) {
        // start two periods back: a due date after the period's end (次月10日前, 结束后15个工作日) may still be ahead
        Period period = Period.of(every, day.minusMonths(every.months() * 2L));
        while (!countFor(period).due(calendar, region).date().isAfter(day)) {
            period = period.next();
        }
        return period;
    }
}
