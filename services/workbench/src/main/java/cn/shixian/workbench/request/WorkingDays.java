package cn.shixian.workbench.request;

import cn.shixian.workbench.services.CalendarYear;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Working days left or overdue of an open request, counted on the deadline-service's calendar of its
 * region (the live one, with regional days off and make-up days), as the worklist counts obligations:
 * left are the working days in [today, due date], overdue those in (due date, today]. Each region's
 * year is asked once per page. Plain Java.
 */
final class WorkingDays {

    /** The figures of one row: exactly one is set for an open request with a due date, neither otherwise. */
    record Figures(Integer left, Integer overdue) {
        static final Figures NONE = new Figures(null, null);
    }

    private final BiFunction<String, Integer, CalendarYear> years;
    private final Map<String, Map<LocalDate, Boolean>> known = new HashMap<>();

    WorkingDays(BiFunction<String, Integer, CalendarYear> years) {
        this.years = years;
    }

    Figures of(String region, LocalDate dueOn, LocalDate today) {
        if (dueOn == null) {
            return Figures.NONE;
        }
        if (!dueOn.isBefore(today)) {
            return new Figures(count(region, today.minusDays(1), dueOn), null);
        }
        return new Figures(null, count(region, dueOn, today));
    }

    /** Working days in (from, to]. */
    int count(String region, LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (working(region, day)) {
                days++;
            }
        }
        return days;
    }

    private boolean working(String region, LocalDate day) {
        Map<LocalDate, Boolean> year = known.computeIfAbsent(region + ":" + day.getYear(), key -> {
            Map<LocalDate, Boolean> days = new HashMap<>();
            years.apply(region, day.getYear()).days().forEach(d -> days.put(d.date(), d.workingDay()));
            return days;
        });
        Boolean working = year.get(day);
        if (working != null) {
            return working;
        }
        return day.getDayOfWeek().getValue() <= 5; // a day the calendar does not list: an ordinary weekday or weekend
    }
}
