package cn.shixian.workcalendar.timelimit;

import cn.shixian.workcalendar.WorkingDayCalendar;

/**
 * Reads the time-limit text (时限文本) of a catalog item, the 公开时限 of a publication or the 办理时限
 * of a service, into the working days (工作日) the calendar counts (DESIGN rule 7).
 *
 * <p>Reads: "公开事项信息形成或变更之日起20个工作日内公开" and its variants (或者, missing words,
 * spaces and line breaks anywhere, full-width digits ０-９ and spaces), "10个工作日", "30工作日",
 * "7个工作日办结", Chinese numerals ("二十个工作日"), ranges by their upper bound ("7-10个工作日" =
 * 10), extensions ("审批时限为15个工作日…可以延长10个工作日" = 15 + 10, "可延长至30个工作日"), and
 * immediate wordings (即时办结, 即办, 即来即办, 当场/现场办结, 当天办理) as 0. Of several different
 * counts the one marked 承诺 (promised) wins over 法定 (statutory); without such a mark they are
 * unparsed.
 *
 * <p>Never throws for any text: what it cannot read is {@link TimeLimitReading#unparsed() unparsed},
 * with the default N and a {@link TimeLimitProblems problem} naming why. Calendar days ("30日内",
 * "20天") are unparsed on purpose: the catalogs use them for other laws' periods (60日 of 《工伤保险条例》),
 * which the working-day calendar must not count as working days. A null or blank text is unparsed
 * with {@link TimeLimitProblems#NO_TEXT}; callers decide whether a missing text is a catalog error or
 * simply "the default applies".
 *
 * <p>Thread-safe and allocation-free apart from the result: it scans the text in place (no regex
 * matchers, no normalised copy), since it runs once per item event.
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
        int limit = WorkingDayCounts.limit(text);
        return limit == WorkingDayCounts.NONE ? withoutWorkingDays(text, defaultWorkingDays)
                : withWorkingDays(text, limit, defaultWorkingDays);
    }

    private static TimeLimitReading withWorkingDays(String text, int limit, int defaultWorkingDays) {
        String problem = limitProblem(limit);
        if (problem == null && Unit.anyIn(text, Unit.CALENDAR)) {
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
        return problem == null ? TimeLimitReading.parsed(text, limit, extension)
                : TimeLimitReading.unparsed(text, defaultWorkingDays, problem);
    }

    /** No working-day limit: immediate, or the most specific reason it cannot be read. */
    private static TimeLimitReading withoutWorkingDays(String text, int defaultWorkingDays) {
        // calendar wording first: "当日或隔天" is not immediate
        if (Unit.anyIn(text, Unit.CALENDAR) || Wording.CALENDAR_DAY.in(text)) {
            return TimeLimitReading.unparsed(text, defaultWorkingDays, TimeLimitProblems.CALENDAR_DAYS);
        }
        if (Unit.anyIn(text, Unit.NONE)) {
            return TimeLimitReading.unparsed(text, defaultWorkingDays, TimeLimitProblems.NO_UNIT);
        }
        // before PERIODIC: in "每月1日—30日即时办理" the month is when it is accepted, 即时 the limit
        if (Wording.IMMEDIATE.in(text) || Wording.SAME_DAY.in(text)) {
            return withExtension(text, 0, defaultWorkingDays);
        }
        return TimeLimitReading.unparsed(text, defaultWorkingDays, unreadable(text));
    }

    private static String unreadable(String text) {
        if (WorkingDayCounts.anyExtension(text)) {
            return TimeLimitProblems.EXTENSION_ONLY;
        }
        if (Wording.PERIODIC.in(text)) {
            return TimeLimitProblems.PERIODIC;
        }
        if (Wording.CONTINUOUS.in(text)) {
            return TimeLimitProblems.CONTINUOUS;
        }
        if (Wording.NO_FIXED_LIMIT.in(text)) {
            return TimeLimitProblems.NO_FIXED_LIMIT;
        }
        return Unit.anyIn(text, Unit.DATE) ? TimeLimitProblems.DATE : TimeLimitProblems.UNREADABLE;
    }
}
