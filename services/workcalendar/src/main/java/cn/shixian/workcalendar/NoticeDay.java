package cn.shixian.workcalendar;

import java.time.LocalDate;

/**
 * One day a holiday notice names.
 *
 * @param name   the holiday it belongs to, e.g. 春节
 * @param offDay {@code true}: a day off (放假); {@code false}: a working day, normally a make-up
 *               working day (调休上班) on a weekend
 */
public record NoticeDay(LocalDate date, String name, boolean offDay) {

    public NoticeDay {
        if (date == null) {
            throw new CalendarException.InvalidNotice("a notice day needs a date");
        }
        name = name == null ? "" : name;
    }
}
