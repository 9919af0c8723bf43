package cn.shixian.deadline.explanation;

import cn.shixian.workcalendar.DayKind;

/** What a day of a due-date explanation is: the start day, or its {@link DayKind} in the region's calendar. */
enum ExplainedKind {
    /** The day the information was formed or changed (形成或变更之日): never counted, except for 即时 (0 days). */
    START_DAY,
    WORKING_DAY,
    WEEKEND,
    HOLIDAY,
    REGIONAL_HOLIDAY,
    MAKE_UP_WORKING_DAY;

    static ExplainedKind of(DayKind kind) {
        return valueOf(kind.name());
    }
}
