package cn.shixian.workbench.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** A month as the rows of a wall calendar (月历): weeks of seven cells, Monday first, blanks around. */
public final class MonthWeeks {

    private MonthWeeks() {
    }

    public static <C> List<List<C>> of(YearMonth month, Function<LocalDate, C> day, Supplier<C> blank) {
        List<List<C>> weeks = new ArrayList<>();
        List<C> week = new ArrayList<>();
        for (int i = 1; i < month.atDay(1).getDayOfWeek().getValue(); i++) {
            week.add(blank.get());
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            week.add(day.apply(month.atDay(d)));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(blank.get());
            }
            weeks.add(week);
        }
        return weeks;
    }
}
