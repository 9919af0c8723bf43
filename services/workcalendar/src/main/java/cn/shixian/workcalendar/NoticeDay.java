package cn.shixian.workcalendar;

import java.time.LocalDate;

/**
 * One day a holiday notice names.
 *
 * @param name                the holiday it belongs to, e.g. 春节
 * @param offDay              {@code true}: a day off (放假); {@code false}: a working day, normally a
 *                            make-up working day (调休上班) on a weekend
 * @param cancelsNationalWork a regional notice keeps this national make-up working day as a day of
 *                            rest (正常休息, e.g. Xinjiang 2014: "9月28日（星期日）…正常休息"); only with
 *                            {@code offDay}
 */
public record NoticeDay(LocalDate date, String name, boolean offDay, boolean cancelsNationalWork) {

    public NoticeDay {
        if (date == null) {
            throw new CalendarException.InvalidNotice("a notice day needs a date");
        }
        if (cancelsNationalWork && !offDay) {
            throw new CalendarException.InvalidNotice(date + " cancels a national make-up working day (正常休息),"
                    + " so it must be a day off");
        }
        name = name == null ? "" : name;
    }

    public NoticeDay(LocalDate date, String name, boolean offDay) {
        this(date, name, offDay, false);
    }
}
