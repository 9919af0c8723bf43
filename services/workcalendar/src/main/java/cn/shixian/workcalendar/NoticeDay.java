package cn.shixian.workcalendar;

import java.time.LocalDate;

/**
 * One day a holiday notice names.
 *
 * @param offDay {@code true}: a day off (放假); {@code false}: a make-up working day (调休上班) on a weekend
 */
public record NoticeDay(LocalDate date, String name, boolean offDay) {
}
