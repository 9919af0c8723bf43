package cn.shixian.workbench.item;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.workbench.services.Explanation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountSentenceTest {

    private static final Explanation NATIONAL_DAY_2025 = new Explanation("hami-650500-shbx-001", 1, "650500",
            LocalDate.of(2025, 9, 24), 20, LocalDate.of(2025, 10, 28), "cal-1", "cal-1", false, false, List.of(
            new Explanation.Day(LocalDate.of(2025, 9, 28), "MAKE_UP_WORKING_DAY", true, 3, List.of("国庆节", "中秋节"), false)),
            List.of(new Explanation.Span(LocalDate.of(2025, 9, 27), LocalDate.of(2025, 9, 27), "WEEKEND", List.of(), 1),
                    new Explanation.Span(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 9, 28), "MAKE_UP_WORKING_DAY",
                            List.of("国庆节", "中秋节"), 1),
                    new Explanation.Span(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8), "HOLIDAY",
                            List.of("国庆节", "中秋节"), 8),
                    new Explanation.Span(LocalDate.of(2025, 10, 11), LocalDate.of(2025, 10, 12), "WEEKEND", List.of(), 2)),
            null, null);

    @Test
    void namesHolidaysAndMakeUpDaysAndCountsWeekends() {
        assertThat(CountSentence.parts(NATIONAL_DAY_2025, Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "9月28日（周日）调休上班（国庆节、中秋节）", "10月1日–8日 国庆节、中秋节 放假", "跳过周末 3 天");
    }

    @Test
    void saysTheSameInEnglish() {
        assertThat(CountSentence.parts(NATIONAL_DAY_2025, Locale.ENGLISH)).containsExactly(
                "28 Sep (Sun) make-up working day (国庆节, 中秋节)", "1 Oct–8 Oct 国庆节, 中秋节 off", "3 weekend days skipped");
    }

    @Test
    void theRuleSentenceFollowsHowTheDueDateWasCounted() {
        assertThat(NATIONAL_DAY_2025.ruleKey()).isEqualTo("item.rule");
        assertThat(NATIONAL_DAY_2025.countedFrom()).isEqualTo(NATIONAL_DAY_2025.changedOn());
        assertThat(withUnit("CALENDAR", 30).ruleKey()).isEqualTo("item.ruleCalendar");
        assertThat(withUnit("FIXED", 0).ruleKey()).isEqualTo("item.ruleFixed");
        assertThat(withUnit("WORKING", 0).ruleKey()).isEqualTo("item.ruleZero");
    }

    private static Explanation withUnit(String unit, int days) {
        return new Explanation("i", 1, "650500", LocalDate.of(2025, 9, 1), days, LocalDate.of(2025, 10, 9), "c", "c",
                false, false, List.of(), List.of(), unit, LocalDate.of(2025, 9, 1));
    }

    @Test
    void theSmallCalendarSpansTheMonthsOfTheCount() {
        Explanation explanation = new Explanation("i", 1, "650500", LocalDate.of(2025, 9, 24), 20,
                LocalDate.of(2025, 10, 28), "c", "c", false, false, List.of(
                new Explanation.Day(LocalDate.of(2025, 9, 24), "START_DAY", false, null, List.of(), false),
                new Explanation.Day(LocalDate.of(2025, 10, 28), "WORKING_DAY", true, 20, List.of(), false)), List.of(),
                null, null);
        List<CountedMonths.Month> months = CountedMonths.of(explanation).months();
        assertThat(months).extracting(m -> m.month().toString()).containsExactly("2025-09", "2025-10");
        // September 2025 starts on a Monday; every week has seven cells
        assertThat(months.getFirst().weeks().getFirst().getFirst().date()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(months.get(1).weeks()).allSatisfy(week -> assertThat(week).hasSize(7));
    }
}
