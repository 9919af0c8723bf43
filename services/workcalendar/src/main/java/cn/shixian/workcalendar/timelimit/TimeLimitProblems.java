package cn.shixian.workcalendar.timelimit;

import cn.shixian.workcalendar.WorkingDayCalendar;

/**
 * The {@link TimeLimitReading#problem() problem} messages of an unparsed time-limit text (时限文本),
 * one per reason, so callers can tell them apart (e.g. treat {@link #NO_TEXT} as "no limit given"
 * rather than as an unreadable catalog).
 */
public final class TimeLimitProblems {

    /** Null or blank text. */
    public static final String NO_TEXT = "no time-limit text";
    /** Neither a number of working days nor an immediate wording. */
    public static final String UNREADABLE = "no time limit found (expected N个工作日 or 即时)";
    /** "30日内", "20天", "隔天": calendar days are not counted by the working-day calendar. */
    public static final String CALENDAR_DAYS = "calendar days (日/天/月) are not supported, only working days (工作日)";
    /** "10天内安排鉴定…7个工作日发证": steps in both kinds of days have no single N. */
    public static final String MIXED_DAYS = "mixes working days (工作日) with calendar days (日/天), which are not supported";
    /** "批量制卡60至90个工作日 / 即时制卡": two procedures with different limits. */
    public static final String IMMEDIATE_AND_WORKING_DAYS =
            "names both immediate handling (即时) and working days (工作日): alternative procedures";
    /** Several different N, none of them marked as the promised limit (承诺时限). */
    public static final String SEVERAL_LIMITS = "several different working-day limits, none of them 承诺 (promised)";
    /** Several different extensions, or an extended total (延长至) not above the limit. */
    public static final String UNCLEAR_EXTENSION = "unclear extension (延长)";
    /** "可以延长10个工作日" with no limit to extend. */
    public static final String EXTENSION_ONLY = "an extension (延长) but no time limit";
    /** "1.5个工作日". */
    public static final String FRACTION = "a fraction of a working day";
    /** More working days than the calendar counts. */
    public static final String TOO_LARGE = "more than " + WorkingDayCalendar.MAX_WORKING_DAYS + " working days";
    /** "60之内": a number with neither 工作日 nor 日. */
    public static final String NO_UNIT = "a number without a unit (工作日 or 日)";
    /** "每月25日前", "每年组织一次": a recurring schedule, not a period after a change. */
    public static final String PERIODIC = "a recurring schedule (每月/每年…), not a time limit";
    /** "长期公开", "常态化公开", "实时更新". */
    public static final String CONTINUOUS = "continuous publication (长期/常态化/实时…), no time limit";
    /** "无固定办理时限". */
    public static final String NO_FIXED_LIMIT = "says there is no fixed time limit (无固定时限)";
    /** "3月31日前": a date, not a period. */
    public static final String DATE = "a calendar date (月/日), not a time limit";

    private TimeLimitProblems() {
    }
}
