package cn.shixian.workcalendar.timelimit;

/**
 * What kind of time limit (时限) a catalog text states, and so how its due date is counted
 * (docs/design.md, "Time limits").
 */
public enum TimeLimitKind {
    /** N个工作日: the N-th working day after the start day (the start day not counted). */
    WORKING_DAYS,
    /**
     * N日 / N天 (日历日): the N-th calendar day after the start day (民法典 art. 201); a last day that
     * is no working day moves to the first working day after it (art. 203).
     */
    CALENDAR_DAYS,
    /** 即时, 立即, 实时, 当天: the start day if it is a working day, else the next working day. */
    IMMEDIATE,
    /** 每年1月31日前, 3月底前, 每月25日前: the named date of each period, as written (no holiday shift). */
    FIXED_DATE,
    /** 每季度结束后15个工作日内, 每半年: one obligation per period, due counted from the period's end. */
    PERIODIC,
    /** 长期公开, 常态化公开: published continuously; no deadline, no obligation. */
    CONTINUOUS;

    /** Whether each period of a {@link Schedule} owes its own publication. */
    public boolean recurs() {
        return this == FIXED_DATE || this == PERIODIC;
    }
}
