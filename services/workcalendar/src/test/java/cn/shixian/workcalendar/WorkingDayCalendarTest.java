package cn.shixian.workcalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due dates on the bundled calendar: the reference results and the named cases of the issue. */
class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();
    private static final RegionCode NATIONAL = RegionCode.NATIONAL;
    private static final RegionCode HAMI = RegionCode.of("650500");
    private static final RegionCode ZHANGGONG = RegionCode.of("360702");

    /** ../shared/reference/holidays/README.md, N = 20, start day not counted. */
    @ParameterizedTest(name = "{0}: {1} + 20 = {2}")
    @CsvSource({
            "00,     2025-09-24, 2025-10-28",
            "00,     2025-09-27, 2025-10-30",
            "00,     2025-09-28, 2025-10-31",
            "654002, 2025-03-20, 2025-04-21",
            "00,     2025-03-20, 2025-04-18",
            "650500, 2025-05-20, 2025-06-23",
            "00,     2025-05-20, 2025-06-18",
    })
    void meetsTheReferenceResults(String region, LocalDate start, LocalDate due) {
        DueDate result = CALENDAR.due(start, 20, RegionCode.of(region));

        assertThat(result.date()).isEqualTo(due);
        assertThat(result.provisional()).isFalse();
        assertThat(result.reasons()).isEmpty();
        assertThat(result.calendarVersion()).isEqualTo(CALENDAR.version(RegionCode.of(region)));
    }

    @Test
    void countsAMakeUpSundayAsAWorkingDay() {
        LocalDate makeUpSunday = LocalDate.of(2025, 9, 28);

        assertThat(CALENDAR.isWorkingDay(makeUpSunday, NATIONAL).workingDay()).isTrue();
        assertThat(CALENDAR.due(makeUpSunday, 0, NATIONAL).date()).isEqualTo(makeUpSunday);
        assertThat(CALENDAR.due(makeUpSunday, 1, NATIONAL).date()).isEqualTo(LocalDate.of(2025, 9, 29));
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 9, 21), NATIONAL).workingDay()).isFalse();
    }

    @Test
    void startingOnAHolidayCountsFromTheNextWorkingDay() {
        LocalDate nationalDay = LocalDate.of(2025, 10, 1);

        assertThat(CALENDAR.isWorkingDay(nationalDay, NATIONAL).workingDay()).isFalse();
        assertThat(CALENDAR.due(nationalDay, 0, NATIONAL).date()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(CALENDAR.due(nationalDay, 1, NATIONAL).date()).isEqualTo(LocalDate.of(2025, 10, 9));
        // 2025-10-11 (Saturday) is a make-up working day
        assertThat(CALENDAR.due(nationalDay, 2, NATIONAL).date()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(CALENDAR.due(nationalDay, 3, NATIONAL).date()).isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(CALENDAR.due(nationalDay, 20, NATIONAL).date()).isEqualTo(LocalDate.of(2025, 11, 4));
    }

    @Test
    void crossesNewYearIntoTheNextYearsNotice() {
        // 2026-01-01..03 off, 2026-01-04 (Sunday) a make-up working day in the 2026 notice
        DueDate due = CALENDAR.due(LocalDate.of(2025, 12, 31), 20, ZHANGGONG);

        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 1, 4), ZHANGGONG).workingDay()).isTrue();
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 1, 29));
        assertThat(due.provisional()).isFalse();
        // the 2019 notice lists 2018-12-29 (Saturday) as a make-up working day of 元旦 2019
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2018, 12, 29), NATIONAL).workingDay()).isTrue();
        assertThat(CALENDAR.due(LocalDate.of(2018, 12, 28), 1, NATIONAL).date()).isEqualTo(LocalDate.of(2018, 12, 29));
    }

    @Test
    void followsThe2025RevisionOfTheHolidayLawAcrossNewYear() {
        // 2025 notice: 除夕 2025-01-28 off (new), 5月2日 statutory; 2024 notice: 除夕 2024-02-09 not statutory
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 1, 28), NATIONAL).workingDay()).isFalse();
        assertThat(CALENDAR.due(LocalDate.of(2024, 12, 20), 20, NATIONAL).date()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31), NATIONAL)
                .workingDays()).isEqualTo(248);
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31), NATIONAL)
                .workingDays()).isEqualTo(251);
    }

    @Test
    void givesXinjiangIts2025FestivalsAndNotOtherRegions() {
        LocalDate eidAlFitr = LocalDate.of(2025, 3, 31);
        LocalDate eidAlAdha = LocalDate.of(2025, 6, 9);

        assertThat(CALENDAR.isWorkingDay(eidAlFitr, HAMI).workingDay()).isFalse();
        assertThat(CALENDAR.isWorkingDay(eidAlAdha, HAMI).workingDay()).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 6, 10), RegionCode.of("65")).workingDay()).isFalse();
        assertThat(CALENDAR.isWorkingDay(eidAlFitr, ZHANGGONG).workingDay()).isTrue();
        assertThat(CALENDAR.isWorkingDay(eidAlFitr, HAMI).provisional()).isFalse();
        assertThat(CALENDAR.version(HAMI)).isNotEqualTo(CALENDAR.version(ZHANGGONG));
        assertThat(CALENDAR.version(ZHANGGONG)).isEqualTo(CALENDAR.version(NATIONAL));
    }

    @Test
    void flagsASpanEndingIn2027AsProvisionalAndSaysWhy() {
        DueDate due = CALENDAR.due(LocalDate.of(2026, 12, 20), 20, ZHANGGONG);

        // 2027-01-01 (元旦, Friday) is computed as a day off, never "weekends only"
        assertThat(due.date()).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(due.provisional()).isTrue();
        assertThat(due.reasons()).singleElement().asString().contains("2027", "State Council");
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 1, 1), ZHANGGONG).workingDay()).isFalse();
        // 春节 2027 from 除夕 02-05 (Friday): 02-05 and 02-08, plus 补假 02-09 and 02-10 for the weekend
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 11), NATIONAL)
                .workingDays()).isEqualTo(1);
    }

    @Test
    void flagsOnlyResultsWhoseDecidingDaysTouchAProvisionalYear() {
        assertThat(CALENDAR.due(LocalDate.of(2026, 12, 1), 20, NATIONAL).provisional()).isFalse();
        // the start day is not counted: starting on the last day of 2026 never looks at 2026 ...
        assertThat(CALENDAR.due(LocalDate.of(2024, 12, 31), 5, HAMI).provisional()).isFalse();
        // ... unless n = 0, where the start day itself decides
        assertThat(CALENDAR.due(LocalDate.of(2024, 12, 31), 0, HAMI).provisional()).isTrue();
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 2, 1), HAMI).provisional())
                .isFalse();
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 2, 1), LocalDate.of(2024, 12, 30), HAMI).provisional())
                .isTrue();
    }

    @Test
    void treatsYearsBeforeTheFirstNoticeAsProvisional() {
        DayStatus labourDay2005 = CALENDAR.isWorkingDay(LocalDate.of(2005, 5, 3), NATIONAL);

        // the 1999 law: 劳动节 5月1日-3日
        assertThat(labourDay2005.workingDay()).isFalse();
        assertThat(labourDay2005.provisional()).isTrue();
        assertThat(labourDay2005.reasons()).singleElement().asString().contains("2005", "国务院令第270号");
        assertThat(CALENDAR.isProvisional(2017, NATIONAL)).isTrue();
        assertThat(CALENDAR.isProvisional(2018, NATIONAL)).isFalse();
    }

    @Test
    void answersAtTheEdgesOfTheSupportedRange() {
        LocalDate first = WorkingDayCalendar.FIRST_DAY;
        LocalDate last = WorkingDayCalendar.LAST_DAY;

        // 2000-01-01 is a Saturday and 元旦: the first working day is Tuesday 2000-01-04 (补假 on 01-03)
        assertThat(CALENDAR.due(first, 0, NATIONAL).date()).isEqualTo(LocalDate.of(2000, 1, 4));
        assertThat(CALENDAR.due(last.minusDays(10), 1, NATIONAL).date()).isEqualTo(LocalDate.of(2100, 12, 22));
        int all = CALENDAR.workingDaysBetween(first, last, NATIONAL).workingDays();
        assertThat(all).isBetween(101 * 245, 101 * 252);
        assertThat(CALENDAR.due(first, all, NATIONAL).date()).isEqualTo(CALENDAR.due(last, 0, NATIONAL).date());
        assertThatThrownBy(() -> CALENDAR.due(first, all + 1, NATIONAL)).isInstanceOf(CalendarException.OutOfRange.class)
                .hasMessageContaining("2100-12-31");
    }

    @Test
    void countsWorkingDaysInTheHalfOpenIntervalAndNegativeBackwards() {
        LocalDate start = LocalDate.of(2025, 9, 24);
        LocalDate due = LocalDate.of(2025, 10, 28);

        assertThat(CALENDAR.workingDaysBetween(start, due, NATIONAL).workingDays()).isEqualTo(20);
        assertThat(CALENDAR.workingDaysBetween(due, start, NATIONAL).workingDays()).isEqualTo(-20);
        assertThat(CALENDAR.workingDaysBetween(due, due, NATIONAL).workingDays()).isZero();
        assertThat(CALENDAR.nextWorkingDay(LocalDate.of(2025, 9, 30), NATIONAL).date()).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void rejectsBadInputWithTypedErrors() {
        LocalDate day = LocalDate.of(2025, 1, 2);

        assertThatThrownBy(() -> CALENDAR.due(day, -1, NATIONAL)).isInstanceOf(CalendarException.InvalidWorkingDays.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> CALENDAR.due(day, 100_001, NATIONAL)).isInstanceOf(CalendarException.InvalidWorkingDays.class);
        // 100000 is accepted as a count, but no range of 101 years holds that many working days
        assertThatThrownBy(() -> CALENDAR.due(day, 100_000, NATIONAL)).isInstanceOf(CalendarException.OutOfRange.class);
        assertThatThrownBy(() -> CALENDAR.due(LocalDate.of(1999, 12, 31), 1, NATIONAL))
                .isInstanceOf(CalendarException.OutOfRange.class).hasMessageContaining("1999-12-31");
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(LocalDate.of(2101, 1, 1), NATIONAL))
                .isInstanceOf(CalendarException.OutOfRange.class);
        assertThatThrownBy(() -> CALENDAR.due(LocalDate.of(2100, 12, 1), 100, NATIONAL))
                .isInstanceOf(CalendarException.OutOfRange.class);
        assertThatThrownBy(() -> DueQuery.parseDate("2025-02-30")).isInstanceOf(CalendarException.InvalidDate.class)
                .hasMessageContaining("2025-02-30");
        assertThatThrownBy(() -> DueQuery.parse("2025-01-02 x", NATIONAL)).isInstanceOf(CalendarException.InvalidWorkingDays.class);
        assertThatThrownBy(() -> DueQuery.parse("2025-01-02", NATIONAL)).isInstanceOf(CalendarException.InvalidQuery.class);
    }

    @Test
    void parsesRegionCodesOfTwoFourOrSixDigits() {
        assertThat(RegionCode.of(" 654002 ").code()).isEqualTo("654002");
        assertThat(RegionCode.of("654002").within(RegionCode.of("65"))).isTrue();
        assertThat(RegionCode.of("364002").within(RegionCode.of("65"))).isFalse();
        for (String bad : new String[] {"6", "650", "65050", "6505000", "ab", "950000", "", "65-05"}) {
            assertThatThrownBy(() -> RegionCode.of(bad)).isInstanceOf(CalendarException.InvalidRegion.class)
                    .hasMessageContaining("'" + bad + "'");
        }
        assertThatThrownBy(() -> RegionCode.of(null)).isInstanceOf(CalendarException.InvalidRegion.class);
    }

    @Test
    void usesTheLongestOverlayPrefixAndTheNationalCalendarOtherwise() {
        assertThat(CALENDAR.version(RegionCode.of("650000"))).isEqualTo(CALENDAR.version(RegionCode.of("65")));
        assertThat(CALENDAR.version(RegionCode.of("6540"))).isEqualTo(CALENDAR.version(RegionCode.of("65")));
        assertThat(CALENDAR.version(RegionCode.of("110101"))).isEqualTo(CALENDAR.version(NATIONAL));
    }
}
