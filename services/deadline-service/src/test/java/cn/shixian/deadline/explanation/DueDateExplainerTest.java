package cn.shixian.deadline.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.workcalendar.DayKind;
import cn.shixian.workcalendar.DueDate;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import cn.shixian.workcalendar.timelimit.DueCount.CountUnit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The explanation of a due date (期限计算说明) on the bundled calendar, without Spring or a database. */
class DueDateExplainerTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();

    @Test
    void twentyWorkingDaysFromTheTwentyFourthOfSeptember2025InHamiEndOnTheTwentyEighthOfOctober() {
        DueDateExplanation explanation = explain("650500", "2025-09-24", 20);

        assertThat(explanation.dueOn()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(explanation.calendarChanged()).isFalse();
        assertThat(explanation.provisional()).isFalse();
        List<DueDateExplanation.Day> days = explanation.days();
        assertThat(days).hasSize(35);
        assertThat(days.getFirst()).isEqualTo(new DueDateExplanation.Day(LocalDate.of(2025, 9, 24), DayOfWeek.WEDNESDAY,
                ExplainedKind.START_DAY, false, null, List.of(), false));
        assertThat(days.get(1)).isEqualTo(new DueDateExplanation.Day(LocalDate.of(2025, 9, 25), DayOfWeek.THURSDAY,
                ExplainedKind.WORKING_DAY, true, 1, List.of(), false));
        assertThat(day(explanation, "2025-09-27")).extracting(DueDateExplanation.Day::kind, DueDateExplanation.Day::counted)
                .containsExactly(ExplainedKind.WEEKEND, false);
        assertThat(day(explanation, "2025-09-28")).isEqualTo(new DueDateExplanation.Day(LocalDate.of(2025, 9, 28),
                DayOfWeek.SUNDAY, ExplainedKind.MAKE_UP_WORKING_DAY, true, 3, List.of("国庆节", "中秋节"), false));
        for (LocalDate date = LocalDate.of(2025, 10, 1); !date.isAfter(LocalDate.of(2025, 10, 8)); date = date.plusDays(1)) {
            assertThat(day(explanation, date.toString())).extracting(DueDateExplanation.Day::kind,
                            DueDateExplanation.Day::counted, DueDateExplanation.Day::ordinal, DueDateExplanation.Day::names)
                    .containsExactly(ExplainedKind.HOLIDAY, false, null, List.of("国庆节", "中秋节"));
        }
        assertThat(day(explanation, "2025-10-11").kind()).isEqualTo(ExplainedKind.MAKE_UP_WORKING_DAY);
        List<DueDateExplanation.Day> counted = days.stream().filter(DueDateExplanation.Day::counted).toList();
        assertThat(counted).hasSize(20);
        assertThat(counted).extracting(DueDateExplanation.Day::ordinal)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(counted.getLast().date()).isEqualTo(explanation.dueOn());
        assertThat(days.getLast().date()).isEqualTo(explanation.dueOn());
    }

    @Test
    void groupsTheDaysOffAndEachMakeUpDayIntoSpansInDateOrder() {
        List<DueDateExplanation.Span> spans = explain("650500", "2025-09-24", 20).spans();

        assertThat(spans).startsWith(
                new DueDateExplanation.Span(LocalDate.of(2025, 9, 27), LocalDate.of(2025, 9, 27), DayKind.WEEKEND,
                        List.of(), 1),
                new DueDateExplanation.Span(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 9, 28),
                        DayKind.MAKE_UP_WORKING_DAY, List.of("国庆节", "中秋节"), 1),
                new DueDateExplanation.Span(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8), DayKind.HOLIDAY,
                        List.of("国庆节", "中秋节"), 8),
                new DueDateExplanation.Span(LocalDate.of(2025, 10, 11), LocalDate.of(2025, 10, 11),
                        DayKind.MAKE_UP_WORKING_DAY, List.of("国庆节", "中秋节"), 1),
                new DueDateExplanation.Span(LocalDate.of(2025, 10, 12), LocalDate.of(2025, 10, 12), DayKind.WEEKEND,
                        List.of(), 1),
                new DueDateExplanation.Span(LocalDate.of(2025, 10, 18), LocalDate.of(2025, 10, 19), DayKind.WEEKEND,
                        List.of(), 2));
        assertThat(spans).hasSize(7).last().extracting(DueDateExplanation.Span::from).isEqualTo(LocalDate.of(2025, 10, 25));
    }

    @Test
    void aRegionalHolidayIsItsOwnSpanWithTheFestivalsName() {
        DueDateExplanation explanation = explain("654002", "2025-03-27", 5);

        // 03-28, then 肉孜节 (a Saturday to a Monday in Xinjiang's notice), 04-01..04-03, then 清明 04-04..06
        assertThat(explanation.dueOn()).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(explanation.spans()).containsExactly(
                new DueDateExplanation.Span(LocalDate.of(2025, 3, 29), LocalDate.of(2025, 3, 31),
                        DayKind.REGIONAL_HOLIDAY, List.of("肉孜节"), 3),
                new DueDateExplanation.Span(LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 6), DayKind.HOLIDAY,
                        List.of("清明节"), 3));
        assertThat(day(explanation, "2025-03-31").kind()).isEqualTo(ExplainedKind.REGIONAL_HOLIDAY);
    }

    @ParameterizedTest
    @CsvSource({
            // start on a working day: the day itself, counted as the 0th
            "2025-09-24, 2025-09-24, 1",
            // start on a holiday: the first working day after it
            "2025-10-03, 2025-10-09, 7"})
    void aZeroDayLimitCountsTheDueDayOnly(String start, String due, int listed) {
        DueDateExplanation explanation = explain("360702", start, 0);

        assertThat(explanation.dueOn()).isEqualTo(LocalDate.parse(due));
        assertThat(explanation.days()).hasSize(listed);
        assertThat(explanation.days().getFirst().kind()).isEqualTo(ExplainedKind.START_DAY);
        assertThat(explanation.days().stream().filter(DueDateExplanation.Day::counted)).singleElement()
                .satisfies(d -> {
                    assertThat(d.date()).isEqualTo(LocalDate.parse(due));
                    assertThat(d.ordinal()).isZero();
                });
    }

    @Test
    void aYearWithoutANoticeIsProvisionalDayByDay() {
        DueDateExplanation explanation = explain("00", "2026-12-20", 20);

        assertThat(explanation.provisional()).isTrue();
        assertThat(day(explanation, "2026-12-31").provisional()).isFalse();
        assertThat(day(explanation, "2027-01-01")).extracting(DueDateExplanation.Day::kind,
                DueDateExplanation.Day::names, DueDateExplanation.Day::provisional)
                .containsExactly(ExplainedKind.HOLIDAY, List.of("元旦"), true);
    }

    @Test
    void describesTheDaysOnTheLiveCalendarAndSaysWhenItIsNotTheOneThatCounted() {
        ObligationCount counted = new ObligationCount("item-1", 1, "650500", LocalDate.of(2025, 9, 24), 20,
                LocalDate.of(2025, 10, 24), "cal-0000000000000000", CountUnit.WORKING, LocalDate.of(2025, 9, 24));

        DueDateExplanation explanation = DueDateExplainer.explain(counted, CALENDAR);

        assertThat(explanation.calendarChanged()).isTrue();
        assertThat(explanation.calendarVersion()).isEqualTo("cal-0000000000000000");
        assertThat(explanation.currentCalendarVersion()).isEqualTo(CALENDAR.version(RegionCode.of("650500")).value());
        assertThat(explanation.days().getLast().date()).isEqualTo(LocalDate.of(2025, 10, 24));
        assertThat(explanation.days().stream().filter(DueDateExplanation.Day::counted)).hasSize(18);
    }

    private static DueDateExplanation explain(String region, String start, int workingDays) {
        LocalDate changedOn = LocalDate.parse(start);
        RegionCode code = RegionCode.of(region);
        DueDate due = CALENDAR.due(changedOn, workingDays, code);
        return DueDateExplainer.explain(new ObligationCount("item-1", 1, region, changedOn, workingDays, due.date(),
                due.calendarVersion().value(), CountUnit.WORKING, changedOn), CALENDAR);
    }

    @Test
    void calendarDaysCountEveryDayAndALastDayOffMovesToTheNextWorkingDay() {
        // 30日内 from 2025-09-01: day 30 is 10-01 (国庆), so the deadline is 10-09, standing in for day 30
        LocalDate changedOn = LocalDate.of(2025, 9, 1);
        DueDateExplanation explanation = DueDateExplainer.explain(new ObligationCount("item-1", 1, "00", changedOn, 30,
                LocalDate.of(2025, 10, 9), CALENDAR.version().value(), CountUnit.CALENDAR, changedOn), CALENDAR);

        assertThat(explanation.countUnit()).isEqualTo("CALENDAR");
        assertThat(explanation.days().stream().filter(DueDateExplanation.Day::counted)).hasSize(30);
        assertThat(day(explanation, "2025-09-30").ordinal()).isEqualTo(29);
        assertThat(day(explanation, "2025-10-01").counted()).isFalse();
        assertThat(day(explanation, "2025-10-09").ordinal()).isEqualTo(30);
    }

    @Test
    void aPeriodicLimitCountsFromThePeriodsEnd() {
        // 每季度结束后15个工作日内, changed 2025-10-05: Q3 ends 09-30, the 15th working day after it is 10-28
        DueDateExplanation explanation = DueDateExplainer.explain(new ObligationCount("item-1", 1, "00",
                LocalDate.of(2025, 10, 5), 15, LocalDate.of(2025, 10, 28), CALENDAR.version().value(), CountUnit.WORKING,
                LocalDate.of(2025, 9, 30)), CALENDAR);

        assertThat(explanation.days().getFirst().kind()).isEqualTo(ExplainedKind.START_DAY);
        assertThat(explanation.days().getFirst().date()).isEqualTo("2025-09-30");
        assertThat(day(explanation, "2025-10-28").ordinal()).isEqualTo(15);
    }

    private static DueDateExplanation.Day day(DueDateExplanation explanation, String date) {
        return explanation.days().stream().filter(d -> d.date().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }
}
