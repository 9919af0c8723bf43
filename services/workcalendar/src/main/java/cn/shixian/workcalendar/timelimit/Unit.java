package cn.shixian.workcalendar.timelimit;

/** What a number in a time-limit text counts, by the words after it. */
enum Unit {
    /** "20个工作日", "30工作日". */
    WORKING_DAYS,
    /** "30日内", "20天", "30个自然日": calendar days (日历日). */
    CALENDAR,
    /** "3个月", "2周", "1年内": calendar months, weeks or years, which the parser does not count. */
    LONGER,
    /** "每月25日前", "1月31日", "2024年": a point in time, not a period. */
    DATE,
    /** "60之内": a period without a unit. */
    NONE,
    /** Anything else: list numbers, phone numbers, "一次". */
    OTHER;

    private static final String[] WORKING_DAY = {"工作日"};
    private static final String[] CALENDAR_AFTER_GE = {"自然日", "日历日", "日", "天"};
    private static final String[] LONGER_AFTER_GE = {"月", "星期", "周"};
    private static final String[] CALENDAR_WORDS = {"自然日", "日历日", "天"};
    private static final String[] LONGER_WORDS = {"星期", "周"};
    private static final String[] WITHIN = {"之内", "以内", "内"};
    private static final String[] BEFORE = {"之前", "以前", "前", "止"};

    /** What the number at [start, end) counts. */
    static Unit after(String text, int start, int end) {
        int at = Chars.skipSpace(text, end);
        int afterGe = Chars.match(text, at, "个");
        if (afterGe >= 0) {
            return Chars.matchAny(text, afterGe, WORKING_DAY) >= 0 ? WORKING_DAYS
                    : Chars.matchAny(text, afterGe, CALENDAR_AFTER_GE) >= 0 ? CALENDAR
                    : Chars.matchAny(text, afterGe, LONGER_AFTER_GE) >= 0 ? LONGER : OTHER;
        }
        if (Chars.matchAny(text, at, WORKING_DAY) >= 0) {
            return WORKING_DAYS;
        }
        if (Chars.matchAny(text, at, CALENDAR_WORDS) >= 0) {
            return CALENDAR;
        }
        if (Chars.matchAny(text, at, LONGER_WORDS) >= 0) {
            return LONGER;
        }
        return dayMonthYearOrNone(text, start, at);
    }

    private static Unit dayMonthYearOrNone(String text, int start, int at) {
        int afterDay = Chars.match(text, at, "日");
        if (afterDay >= 0) {
            return isDate(text, start, afterDay) ? DATE : CALENDAR;
        }
        if (Chars.match(text, at, "月") >= 0) {
            return DATE; // "7月发布通知": a month name; a period of months says 个月
        }
        int afterYear = Chars.match(text, at, "年");
        if (afterYear >= 0) {
            return Chars.matchAny(text, afterYear, WITHIN) >= 0 ? LONGER : DATE;
        }
        return Chars.matchAny(text, at, WITHIN) >= 0 ? NONE : OTHER;
    }

    /**
     * "N日" is a day of the month when a month precedes it in its clause (每月1日—30日, 1月31日,
     * 每月1—25日) or when a "before" follows (21日前); otherwise it is N calendar days (30日内).
     */
    private static boolean isDate(String text, int start, int afterDay) {
        return Chars.matchAny(text, afterDay, BEFORE) >= 0
                || Chars.contains(text, Chars.clauseStart(text, start), start, "月");
    }

    /** Whether any number in the text counts {@code unit}. */
    static boolean anyIn(String text, Unit unit) {
        int start = Numerals.next(text, 0);
        while (start >= 0) {
            int end = Numerals.end(Numerals.read(text, start));
            if (after(text, start, end) == unit) {
                return true;
            }
            start = Numerals.next(text, end);
        }
        return false;
    }
}
