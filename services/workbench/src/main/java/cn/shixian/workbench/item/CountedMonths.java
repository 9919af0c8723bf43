package cn.shixian.workbench.item;

import cn.shixian.workbench.services.Explanation;
import cn.shixian.workbench.web.MonthWeeks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The small calendar of a due date's count (计算日历): the months from the start day to the due
 * date, Monday first, each day marked as the explanation has it (counted with its ordinal, weekend,
 * holiday, make-up working day). Plain Java.
 */
public record CountedMonths(List<Month> months) {

    /** One day cell; {@code day} null for the blanks before the 1st and after the last. */
    public record Cell(LocalDate date, Explanation.Day day) {

        public boolean blank() {
            return date == null;
        }

        /** CSS class of the cell: its kind, or {@code outside} for a day of the month not in the count. */
        public String css() {
            if (date == null) {
                return "blank";
            }
            return day == null ? "outside" : "kind-" + day.kind().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + (day.counted() ? " counted" : "");
        }
    }

    public record Month(YearMonth month, List<List<Cell>> weeks) {
    }

    static CountedMonths of(Explanation explanation) {
        Map<LocalDate, Explanation.Day> byDate = new HashMap<>();
        explanation.days().forEach(day -> byDate.put(day.date(), day));
        List<Month> months = new ArrayList<>();
        if (explanation.days().isEmpty()) {
            return new CountedMonths(months);
        }
        YearMonth first = YearMonth.from(explanation.days().getFirst().date());
        YearMonth last = YearMonth.from(explanation.days().getLast().date());
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(new Month(month, weeks(month, byDate)));
        }
        return new CountedMonths(months);
    }

    private static List<List<Cell>> weeks(YearMonth month, Map<LocalDate, Explanation.Day> byDate) {
        return MonthWeeks.of(month, date -> new Cell(date, byDate.get(date)), () -> new Cell(null, null));
    }
}
