package cn.shixian.workcalendar.timelimit;

import cn.shixian.workcalendar.WorkingDayCalendar;

/**
 * Reads the time-limit text (时限文本) of a catalog item, the 公开时限 of a publication or the 办理时限
 * of a service, into a {@link TimeLimitReading} of one {@link TimeLimitKind} (docs/design.md, "Time limits").
 *
 * <p>Reads:
 * <ul>
 *   <li>working days: "公开事项信息形成或变更之日起20个工作日内公开" and its variants (或者, missing words,
 *       spaces and line breaks anywhere, full-width digits ０-９ and spaces), "10个工作日", "30工作日",
 *       Chinese numerals ("二十个工作日"), ranges by their upper bound ("7-10个工作日" = 10), extensions
 *       ("审批时限为15个工作日…可以延长10个工作日" = 15 + 10, "可延长至30个工作日"); "当日或隔天" as 1;</li>
 *   <li>calendar days: "自受理之日起60日内", "30日内办结", "二十日内", "20天" (extension "可延长15日");</li>
 *   <li>immediate: 即时办结, 即办, 即来即办, 立即公开, 实时, 当场/现场办结, 当天办理;</li>
 *   <li>schedules ({@link ScheduleReader}): "每年1月31日前", "3月底前", "每月25日前", "每季度结束后15个工作日内";</li>
 *   <li>continuous: 长期公开, 常态化公开, 动态更新.</li>
 * </ul>
 * Of several different counts the one marked 承诺 (promised) wins over 法定 (statutory); without such a
 * mark they are unparsed. Months and weeks ("3个月") and texts mixing working and calendar days are unparsed.
 *
 * <p>Never throws for any text: what it cannot read is {@link TimeLimitReading#unparsed() unparsed},
 * with the default N working days and a {@link TimeLimitProblems problem} naming why. A null or blank
 * text is unparsed with {@link TimeLimitProblems#NO_TEXT}; callers decide whether a missing text is a
 * catalog error or simply "the default applies".
 *
 * <p>Thread-safe. The common texts are scanned in place (no regex matchers, no normalised copy),
 * since it runs once per item event; only texts naming 每 or 月 are matched against the schedules.
 */
public final class TimeLimitParser {

    /** The default N: 《政府信息公开条例》 art. 26 gives 20 working days. */
    public static final int DEFAULT_WORKING_DAYS = 20;

    private TimeLimitParser() {
    }

    /** Reads {@code text}, with {@link #DEFAULT_WORKING_DAYS} when it cannot be read. */
    public static TimeLimitReading read(String text) {
        return read(text, DEFAULT_WORKING_DAYS);
    }

    /**
     * Reads {@code text}, with {@code defaultWorkingDays} when it cannot be read.
     *
     * @throws IllegalArgumentException if {@code defaultWorkingDays} is not a count the calendar
     *                                  accepts (0 to {@value WorkingDayCalendar#MAX_WORKING_DAYS})
     */
    public static TimeLimitReading read(String text, int defaultWorkingDays) {
        if (defaultWorkingDays < 0 || defaultWorkingDays > WorkingDayCalendar.MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("default working days must be between 0 and "
                    + WorkingDayCalendar.MAX_WORKING_DAYS + ": " + defaultWorkingDays);
        }
        if (text == null || Chars.isBlank(text)) {
            return TimeLimitReading.unparsed(text, defaultWorkingDays, TimeLimitProblems.NO_TEXT);
        }
        Schedule schedule = ScheduleReader.read(text);
        if (schedule != null) {
            return TimeLimitReading.scheduled(text, schedule);
        }
        int limit = WorkingDayCounts.limit(text);
        return limit == WorkingDayCounts.NONE ? withoutWorkingDays(text, defaultWorkingDays)
                : withWorkingDays(text, limit, defaultWorkingDays);
    }

    private static TimeLimitReading withWorkingDays(String text, int limit, int defaultWorkingDays) {
        String problem = limitProblem(limit);
        if (problem == null && (Unit.anyIn(text, Unit.CALENDAR) || Unit.anyIn(text, Unit.LONGER))) {
            problem = TimeLimitProblems.MIXED_DAYS;
        }
        if (problem == null && Wording.IMMEDIATE.in(text)) {
            problem = TimeLimitProblems.IMMEDIATE_AND_WORKING_DAYS;
        }
        return problem == null ? withExtension(text, limit, defaultWorkingDays)
                : TimeLimitReading.unparsed(text, defaultWorkingDays, problem);
    }

    private static String limitProblem(int limit) {
        return switch (limit) {
            case WorkingDayCounts.SEVERAL -> TimeLimitProblems.SEVERAL_LIMITS;
            case WorkingDayCounts.FRACTION -> TimeLimitProblems.FRACTION;
            default -> limit > WorkingDayCalendar.MAX_WORKING_DAYS ? TimeLimitProblems.TOO_LARGE : null;
        };
    }

    private static TimeLimitReading withExtension(String text, int limit, int defaultWorkingDays) {
        int extension = WorkingDayCounts.extension(text, limit);
        String problem = extension == WorkingDayCounts.FRACTION ? TimeLimitProblems.FRACTION
                : extension < 0 ? TimeLimitProblems.UNCLEAR_EXTENSION
                : extension > WorkingDayCalendar.MAX_WORKING_DAYS ? TimeLimitProblems.TOO_LARGE
                : null;
        return problem == null ? TimeLimitReading.workingDays(text, limit, extension)
                : TimeLimitReading.unparsed(text, defaultWorkingDays, problem);
    }

    /** No working-day limit: calendar days, immediate, continuous, or the most specific reason it cannot be read. */
    private static TimeLimitReading withoutWorkingDays(String text, int defaultWorkingDays) {
        if (Unit.anyIn(text, Unit.LONGER)) {
            return TimeLimitReading.unparsed(text, defaultWorkingDays, TimeLimitProblems.CALENDAR_MONTHS);
        }
        if (Unit.anyIn(text, Unit.CALENDAR)) {
            return withCalendarDays(text, defaultWorkingDays);
        }
        // "当日或隔天": the same day or the next, so at most 1 working day
        if (Wording.CALENDAR_DAY.in(text)) {
            return Wording.SAME_DAY.in(text) ? TimeLimitReading.workingDays(text, 1, 0)
                    : TimeLimitReading.unparsed(text, defaultWorkingDays, TimeLimitProblems.CALENDAR_DAYS);
        }
        if (Unit.anyIn(text, Unit.NONE)) {
            return TimeLimitReading.unparsed(text, defaultWorkingDays, TimeLimitProblems.NO_UNIT);
        }
        // continuous before immediate: "常态化公开，即时更新" owes no deadline
        if (Wording.CONTINUOUS.in(text)) {
            return TimeLimitReading.continuous(text);
        }
        // before PERIODIC: in "每月1日—30日即时办理" the month is when it is accepted, 即时 the limit
        if (Wording.IMMEDIATE.in(text) || Wording.SAME_DAY.in(text)) {
            return withExtension(text, 0, defaultWorkingDays);
        }
        return TimeLimitReading.unparsed(text, defaultWorkingDays, unreadable(text));
    }

    /** "自受理之日起60日内", "30日内办结", "45日内办结（经审批可延长15日）": N calendar days. */
    private static TimeLimitReading withCalendarDays(String text, int defaultWorkingDays) {
        int days = WorkingDayCounts.limit(text, Unit.CALENDAR);
        String problem = switch (days) {
            case WorkingDayCounts.SEVERAL -> TimeLimitProblems.SEVERAL_LIMITS;
            case WorkingDayCounts.FRACTION -> TimeLimitProblems.FRACTION;
            case WorkingDayCounts.NONE -> TimeLimitProblems.EXTENSION_ONLY; // "可延长15日": every count extends
            default -> days > WorkingDayCalendar.MAX_WORKING_DAYS ? TimeLimitProblems.TOO_LARGE : null;
        };
        if (problem == null && (Wording.IMMEDIATE.in(text) || Wording.CALENDAR_DAY.in(text))) {
            problem = TimeLimitProblems.CALENDAR_DAYS_AND_OTHER;
        }
        int extension = problem == null ? WorkingDayCounts.extension(text, days, Unit.CALENDAR) : 0;
        if (problem == null && extension < 0) {
            problem = extension == WorkingDayCounts.FRACTION ? TimeLimitProblems.FRACTION : TimeLimitProblems.UNCLEAR_EXTENSION;
        }
        return problem == null ? TimeLimitReading.calendarDays(text, days, extension)
                : TimeLimitReading.unparsed(text, defaultWorkingDays, problem);
    }

    private static String unreadable(String text) {
        if (WorkingDayCounts.anyExtension(text)) {
            return TimeLimitProblems.EXTENSION_ONLY;
        }
        if (Wording.PERIODIC.in(text)) {
            return TimeLimitProblems.PERIODIC;
        }
        if (Wording.NO_FIXED_LIMIT.in(text)) {
            return TimeLimitProblems.NO_FIXED_LIMIT;
        }
        return Unit.anyIn(text, Unit.DATE) ? TimeLimitProblems.DATE : TimeLimitProblems.UNREADABLE;
    }
}
