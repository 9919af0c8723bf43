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
    /** "隔天" alone: a calendar day without a count. */
    public static final String CALENDAR_DAYS = "a calendar day (隔天/次日) without a number of days";
    /** "3个月", "2周": calendar months and weeks are not counted. */
    public static final String CALENDAR_MONTHS = "months or weeks (个月/周) are not supported, only working days (工作日) or calendar days (日)";
    /** "10天内…即来即办": calendar days beside an immediate or next-day wording. */
    public static final String CALENDAR_DAYS_AND_OTHER = "names calendar days (日) and immediate or next-day handling: alternative procedures";
    /** "10天内安排鉴定…7个工作日发证": steps in both kinds of days have no single N. */
    public static final String MIXED_DAYS = "mixes working days (工作日) with calendar days (日/天), which are not supported";
    /** "批量制卡60至90个工作日 / 即时制卡": two procedures with different limits. */
    public static final String IMMEDIATE_AND_WORKING_DAYS =
            "names both immediate handling (即时) and working days (工作日): alternative procedures";
    /** Several different N, none of them marked as the promised limit (承诺时限). */
    public static final String SEVERAL_LIMITS = "several different time limits, none of them 承诺 (promised)";
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
    /** "每年组织一次评审", "每月1日—21日…办结": a recurring schedule without a due day or count it can read. */
    public static final String PERIODIC = "a recurring schedule (每月/每年…) without a due day (每月25日前) or count after the period (每季度结束后15个工作日内)";
    /** "无固定办理时限". */
    public static final String NO_FIXED_LIMIT = "says there is no fixed time limit (无固定时限)";
    /** "3月31日前": a date, not a period. */
    public static final String DATE = "a calendar date (月/日), not a time limit";

    private TimeLimitProblems() {
    }
}
