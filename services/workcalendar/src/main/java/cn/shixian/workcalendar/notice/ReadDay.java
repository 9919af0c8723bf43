package cn.shixian.workcalendar.notice;

import java.time.LocalDate;

/**
 * One day a notice's text names, with the holiday of its section and the line it was read from.
 *
 * @param line the line number in the text, from 1
 */
public record ReadDay(LocalDate date, String name, DayChange change, int line) {
}
