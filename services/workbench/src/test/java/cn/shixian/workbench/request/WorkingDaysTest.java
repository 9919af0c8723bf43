package cn.shixian.workbench.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.workbench.services.CalendarYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    /** 2025 with 国庆 (10月1日–8日 off) and 9月28日 (Sunday), 10月11日 (Saturday) make-up working days. */
    private static CalendarYear year(String region, int year) {
        Set<LocalDate> off = Set.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 3),
                LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 7), LocalDate.of(2025, 10, 8));
        Set<LocalDate> makeUp = Set.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
        List<CalendarYear.Day> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean working = makeUp.contains(d) || !off.contains(d) && d.getDayOfWeek().getValue() <= 5;
            days.add(new CalendarYear.Day(d, working, working ? "WORKING_DAY" : "WEEKEND", List.of(), false));
        }
        return new CalendarYear(region, year, "cal-test", false, days, List.of());
    }

    @Test
    void countsLeftFromTodayAndOverdueAfterTheDueDateOnTheRegionsCalendar() {
        List<String> asked = new ArrayList<>();
        WorkingDays days = new WorkingDays((region, y) -> {
            asked.add(region + ":" + y);
            return year(region, y);
        });
        // 9月26日 (Fri) to 10月10日 (Fri): 28 (Sun, make-up), 29, 30, 9, 10
        assertThat(days.of("650500", LocalDate.of(2025, 10, 10), LocalDate.of(2025, 9, 26)))
                .isEqualTo(new WorkingDays.Figures(6, null));
        assertThat(days.of("650500", LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 10)))
                .isEqualTo(new WorkingDays.Figures(1, null));
        // due 9月30日, today 10月11日 (the make-up Saturday): 9, 10, 11
        assertThat(days.of("650500", LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 11)))
                .isEqualTo(new WorkingDays.Figures(null, 3));
        assertThat(days.of("650500", null, LocalDate.of(2025, 10, 11))).isEqualTo(WorkingDays.Figures.NONE);
        assertThat(asked).containsExactly("650500:2025");
    }
}
