package cn.shixian.contracts;

/**
 * The time limit (公开时限) of an item as the catalog states it. Every part is optional: the
 * deadline-service takes {@code kind} with its fields if given, else {@code workingDays}, else
 * parses {@code text}, else uses {@link #DEFAULT_WORKING_DAYS}.
 *
 * @param text         the catalog's wording, e.g. 公开事项信息形成或变更之日起20个工作日内公开
 * @param workingDays  the number of working days (0..100000), 0 for 即时 (same day)
 * @param kind         the reading, when the producer states it: WORKING_DAYS (with {@code workingDays}),
 *                     CALENDAR_DAYS (with {@code calendarDays}), IMMEDIATE, FIXED_DATE or PERIODIC (with
 *                     {@code schedule}), CONTINUOUS; the schema holds each kind to its fields
 * @param calendarDays for CALENDAR_DAYS, N calendar days (日)
 * @param schedule     for FIXED_DATE and PERIODIC, when each period is due
 */
public record TimeLimit(String text, Integer workingDays, String kind, Integer calendarDays, Schedule schedule) {

    /** 《政府信息公开条例》 art. 26: within 20 working days of forming or changing the information. */
    public static final int DEFAULT_WORKING_DAYS = 20;

    /** A limit as text and, optionally, its number of working days: the form most catalogs give. */
    public TimeLimit(String text, Integer workingDays) {
        this(text, workingDays, null, null, null);
    }

    /**
     * When each period of a periodic limit (周期性公开) is due: {@code on} a named day or
     * {@code afterEnd} of the period, exactly one of them.
     *
     * @param every MONTH, QUARTER, HALF_YEAR or YEAR
     */
    public record Schedule(String every, OnDay on, AfterEnd afterEnd) {
    }

    /**
     * @param month counted from the period's first month as 1 (每年3月底前: 3; 次月10日前: 2)
     * @param day   of that month, null for its last day (月底)
     */
    public record OnDay(int month, Integer day) {
    }

    /** @param unit WORKING (工作日) or CALENDAR (日) */
    public record AfterEnd(int days, String unit) {
    }
}
