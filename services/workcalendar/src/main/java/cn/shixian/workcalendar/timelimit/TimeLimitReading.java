package cn.shixian.workcalendar.timelimit;

import cn.shixian.workcalendar.DueDate;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a catalog's time-limit text (时限, e.g. 公开时限 or 办理时限) says.
 *
 * @param kind          how the due date is counted; {@link TimeLimitKind#WORKING_DAYS} when unparsed
 * @param days          N: working days for {@link TimeLimitKind#WORKING_DAYS} (when {@code unparsed},
 *                      the default the caller gave, so it can always be used), calendar days for
 *                      {@link TimeLimitKind#CALENDAR_DAYS}, 0 for every other kind
 * @param extensionDays the days (of the same unit) the limit may be extended by ("可以延长10个工作日");
 *                      0 when it names none or is unparsed
 * @param schedule      for {@link TimeLimitKind#FIXED_DATE} and {@link TimeLimitKind#PERIODIC}: when
 *                      each period is due; null for every other kind
 * @param unparsed      the text could not be read; {@code problem} says why
 * @param text          the text as given (may be null)
 * @param problem       a short English message naming why the text could not be read (one of
 *                      {@link TimeLimitProblems}); null when parsed
 */
public record TimeLimitReading(TimeLimitKind kind, int days, int extensionDays, Schedule schedule, boolean unparsed,
                               String text, String problem) {

    public TimeLimitReading {
        Objects.requireNonNull(kind, "kind");
        if (days < 0 || extensionDays < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days + ", " + extensionDays);
        }
        if (unparsed == (problem == null)) {
            throw new IllegalArgumentException("a problem is given exactly when the text is unparsed");
        }
        if (unparsed && (extensionDays != 0 || kind != TimeLimitKind.WORKING_DAYS)) {
            throw new IllegalArgumentException("an unparsed text stands for the default working days, with no extension");
        }
        if (kind.recurs() != (schedule != null) || (schedule != null && schedule.kind() != kind)) {
            throw new IllegalArgumentException("a schedule is given exactly for a fixed-date or periodic kind");
        }
        boolean counted = kind == TimeLimitKind.WORKING_DAYS || kind == TimeLimitKind.CALENDAR_DAYS;
        if (!counted && (days != 0 || extensionDays != 0)) {
            throw new IllegalArgumentException(kind + " counts no days");
        }
    }

    /** N working days (0: {@link TimeLimitKind#IMMEDIATE}) and an extension of M. */
    public static TimeLimitReading workingDays(String text, int workingDays, int extensionDays) {
        return workingDays == 0 && extensionDays == 0 ? immediate(text)
                : new TimeLimitReading(TimeLimitKind.WORKING_DAYS, workingDays, extensionDays, null, false, text, null);
    }

    /** N calendar days and an extension of M calendar days. */
    public static TimeLimitReading calendarDays(String text, int days, int extensionDays) {
        return new TimeLimitReading(TimeLimitKind.CALENDAR_DAYS, days, extensionDays, null, false, text, null);
    }

    /** The same day (即时, 立即, 实时, 当天). */
    public static TimeLimitReading immediate(String text) {
        return new TimeLimitReading(TimeLimitKind.IMMEDIATE, 0, 0, null, false, text, null);
    }

    /** One publication per period of {@code schedule}. */
    public static TimeLimitReading scheduled(String text, Schedule schedule) {
        return new TimeLimitReading(schedule.kind(), 0, 0, schedule, false, text, null);
    }

    /** Published continuously (长期公开): no deadline. */
    public static TimeLimitReading continuous(String text) {
        return new TimeLimitReading(TimeLimitKind.CONTINUOUS, 0, 0, null, false, text, null);
    }

    /** A text that could not be read: {@code defaultWorkingDays} stands in for it. */
    public static TimeLimitReading unparsed(String text, int defaultWorkingDays, String problem) {
        return new TimeLimitReading(TimeLimitKind.WORKING_DAYS, defaultWorkingDays, 0, null, true, text,
                Objects.requireNonNull(problem, "problem"));
    }

    /** Parsed and immediate (即时办结): due the same day if it is a working day, else the next one. */
    public boolean immediate() {
        return kind == TimeLimitKind.IMMEDIATE;
    }

    /** What the reading says, in English: "60 calendar days", "each quarter: 15 working days after its end". */
    public String summary() {
        String extension = extensionDays == 0 ? "" : ", extendable by " + extensionDays;
        return switch (kind) {
            case WORKING_DAYS -> unparsed ? "unparsed (" + problem + "): the default " + days + " working days"
                    : days + " working days" + extension;
            case CALENDAR_DAYS -> days + " calendar days" + extension
                    + " (the last day moved to the next working day if it is none)";
            case IMMEDIATE -> "immediate: the same day if it is a working day, else the next one";
            case FIXED_DATE, PERIODIC -> schedule.summary();
            case CONTINUOUS -> "continuous: published all along, no deadline";
        };
    }

    /**
     * How the first due date is counted for information formed or changed on {@code changedOn}:
     * from that day for a count of days, from the first period due after it for a schedule; empty
     * for {@link TimeLimitKind#CONTINUOUS}, which owes nothing.
     */
    public Optional<FirstDue> firstDue(LocalDate changedOn, WorkingDayCalendar calendar, RegionCode region) {
        return switch (kind) {
            case WORKING_DAYS, IMMEDIATE -> Optional.of(FirstDue.of(DueCount.working(changedOn, days), null, calendar, region));
            case CALENDAR_DAYS -> Optional.of(FirstDue.of(DueCount.calendar(changedOn, days), null, calendar, region));
            case FIXED_DATE, PERIODIC -> {
                Period period = schedule.firstPeriodDueAfter(changedOn, calendar, region);
                yield Optional.of(FirstDue.of(schedule.countFor(period), period, calendar, region));
            }
            case CONTINUOUS -> Optional.empty();
        };
    }

    /**
     * The first due date of a reading.
     *
     * @param period for a schedule, the period it is for; null otherwise
     */
    public record FirstDue(DueCount count, DueDate due, Period period) {

        static FirstDue of(DueCount count, Period period, WorkingDayCalendar calendar, RegionCode region) {
            return new FirstDue(count, count.due(calendar, region), period);
        }
    }
}
