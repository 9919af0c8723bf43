package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of a region's calendar (日历日) described: its {@link DayKind} and the holidays it belongs to.
 *
 * @param names       the holidays the notice (or the law, or the regional festival) names for the day,
 *                    in the notice's order: {@code [国庆节, 中秋节]} for 2025-10-01, whose notice writes
 *                    "国庆节、中秋节"; empty for a plain working day or weekend
 * @param provisional the day lies in a year without a (confirmed) notice for the region: its kind is computed
 */
public record CalendarDay(LocalDate date, DayKind kind, List<String> names, boolean provisional) {

    public CalendarDay {
        names = List.copyOf(names);
    }

    public boolean workingDay() {
        return kind.isWorkingDay();
    }
}
