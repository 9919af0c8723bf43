package cn.shixian.workcalendar;

/**
 * What kind of day (日类型) a date is in a region's calendar, as a holiday sentence names it:
 * "10月1日至8日放假调休，共8天；9月28日（周日）上班".
 */
public enum DayKind {
    /** A weekday on which one works (工作日). */
    WORKING_DAY,
    /** A Saturday or Sunday no notice or law names (周末). */
    WEEKEND,
    /** A statutory day off (法定节假日放假): from the State Council's notice, or computed from the law (provisional). */
    HOLIDAY,
    /** A day off a regional layer adds (地方性假日), e.g. Xinjiang's 肉孜节, on a day the nation works or rests at a weekend. */
    REGIONAL_HOLIDAY,
    /** A Saturday or Sunday on which one works (调休上班), as a notice announces. */
    MAKE_UP_WORKING_DAY;

    public boolean isWorkingDay() {
        return this == WORKING_DAY || this == MAKE_UP_WORKING_DAY;
    }
}
