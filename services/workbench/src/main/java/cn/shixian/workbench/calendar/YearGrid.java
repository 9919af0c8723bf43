package cn.shixian.workbench.calendar;

import cn.shixian.workbench.services.CalendarYear;
import cn.shixian.workbench.web.MonthWeeks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A region's year as twelve month grids (年历), Monday first, each day with its kind: working day,
 * weekend, holiday, regional holiday, make-up working day, and whether it is provisional. Plain Java.
 */
public record YearGrid(int year, List<Month> months) {

    public record Cell(LocalDate date, CalendarYear.Day day) {

        public boolean blank() {
            return date == null;
        }

        public String css() {
            if (date == null || day == null) {
                return "blank";
            }
            return "kind-" + day.kind().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + (day.provisional() ? " provisional" : "");
        }
    }

    public record Month(YearMonth month, List<List<Cell>> weeks) {
    }

    static YearGrid of(CalendarYear calendar) {
        Map<LocalDate, CalendarYear.Day> byDate = new HashMap<>();
        calendar.days().forEach(day -> byDate.put(day.date(), day));
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(calendar.year(), m);
            List<List<Cell>> weeks = MonthWeeks.of(month, date -> new Cell(date, byDate.get(date)), () -> new Cell(null, null));
            months.add(new Month(month, weeks));
        }
        return new YearGrid(calendar.year(), months);
    }

    /** The named days off and make-up days of the year, in date order: the legend beside the grid. */
    static List<CalendarYear.Day> namedDays(CalendarYear calendar) {
        return calendar.days().stream()
                .filter(day -> !day.kind().equals("WORKING_DAY") && !day.kind().equals("WEEKEND"))
                .toList();
    }
}
