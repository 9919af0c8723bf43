package cn.shixian.workcalendar.notice;

/** What a notice says of one day. */
public enum DayChange {
    /** 放假 (or 放假调休): a day off. */
    OFF,
    /** 上班: a working day, normally a make-up working day (调休上班) on a weekend. */
    WORKING,
    /**
     * 正常休息: a regional notice keeps a national make-up working day as the weekend day it is
     * (Xinjiang 2014: "9月28日（星期日）、10月11日（星期六）正常休息"), a day off in the region.
     */
    NORMAL_REST;

    boolean offDay() {
        return this != WORKING;
    }
}
