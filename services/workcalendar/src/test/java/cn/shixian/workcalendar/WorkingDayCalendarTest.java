package cn.shixian.workcalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

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
    }

    @Test
    void countsAMakeUpSundayAsAWorkingDay() {
        LocalDate makeUpSunday = LocalDate.of(2025, 9, 28);

        assertThat(CALENDAR.isWorkingDay(makeUpSunday, NATIONAL).workingDay()).isTrue();
        assertThat(CALENDAR.due(makeUpSunday, 0, NATIONAL).date()).isEqualTo(makeUpSunday);
        assertThat(CALENDAR.due(makeUpSunday, 1, NATIONAL).date()).isEqualTo(LocalDate.of(2025, 9, 29));
    }

    @Test
    void startingOnAHolidayCountsFromTheNextWorkingDay() {
        LocalDate nationalDay = LocalDate.of(2025, 10, 1);

        assertThat(CALENDAR.isWorkingDay(nationalDay, NATIONAL).workingDay()).isFalse();
        assertThat(CALENDAR.due(nationalDay, 0, NATIONAL).date()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(CALENDAR.due(nationalDay, 1, NATIONAL).date()).isEqualTo(LocalDate.of(2025, 10, 9));
        // 2025-10-11 (Saturday) is a make-up working day
        assertThat(CALENDAR.due(nationalDay, 20, NATIONAL).date()).isEqualTo(LocalDate.of(2025, 11, 4));
    }

    @Test
    void crossesNewYearIntoTheNextYearsNotice() {
        // 2025-12-31 + 20: 2026-01-01..03 off, 2026-01-04 (Sunday) a make-up working day
        DueDate due = CALENDAR.due(LocalDate.of(2025, 12, 31), 20, ZHANGGONG);

        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 1, 4), ZHANGGONG).workingDay()).isTrue();
        assertThat(due.date()).isEqualTo(LocalDate.of(2026, 1, 29));
        assertThat(due.provisional()).isFalse();
    }

    @Test
    void appliesThe2025RuleChangeOnlyFrom2025() {
        // 2025 revision: 除夕 and 5月2日 became statutory days off
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 1, 28), NATIONAL).workingDay()).isFalse();
        assertThat(StatutoryHolidays.of(2024)).extracting(NoticeDay::date).doesNotContain(LocalDate.of(2024, 5, 2));
        assertThat(StatutoryHolidays.of(2027)).extracting(NoticeDay::date)
                .contains(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 2));
        assertThat(StatutoryHolidays.of(2024)).filteredOn(day -> day.name().equals("春节")).hasSize(3);
        assertThat(StatutoryHolidays.of(2027)).filteredOn(day -> day.name().equals("春节")).hasSize(4);
    }

    @Test
    void givesXinjiangIts2025FestivalsAndNotOtherRegions() {
        LocalDate eidAlFitr = LocalDate.of(2025, 3, 31);
        LocalDate eidAlAdha = LocalDate.of(2025, 6, 9);

        assertThat(CALENDAR.isWorkingDay(eidAlFitr, HAMI).workingDay()).isFalse();
        assertThat(CALENDAR.isWorkingDay(eidAlAdha, HAMI).workingDay()).isFalse();
        assertThat(CALENDAR.isWorkingDay(eidAlFitr, ZHANGGONG).workingDay()).isTrue();
        assertThat(CALENDAR.version(HAMI)).isNotEqualTo(CALENDAR.version(ZHANGGONG));
    }

    @Test
    void flagsASpanEndingIn2027AsProvisionalAndSaysWhy() {
        DueDate due = CALENDAR.due(LocalDate.of(2026, 12, 20), 20, ZHANGGONG);

        assertThat(due.provisional()).isTrue();
        assertThat(due.reasons()).anyMatch(reason -> reason.contains("2027"));
        // 2027-01-01 (元旦, Friday) is computed as a day off, never "weekends only"
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 1, 1), ZHANGGONG).workingDay()).isFalse();
    }

    @Test
    void computesXinjiang2024FestivalsWithoutANoticeAndFlagsThem() {
        // Eid al-Fitr 1445 = 2024-04-10, Eid al-Adha = 2024-06-16 (Sunday: days off from Monday)
        DayStatus eid = CALENDAR.isWorkingDay(LocalDate.of(2024, 4, 10), HAMI);

        assertThat(eid.workingDay()).isFalse();
        assertThat(eid.provisional()).isTrue();
        assertThat(eid.reasons()).anyMatch(reason -> reason.contains("65") && reason.contains("2024"));
        assertThat(CALENDAR.isWorkingDay(LocalDate.of(2024, 4, 10), ZHANGGONG).provisional()).isFalse();
    }

    @Test
    void computesQingmingAndLunarHolidaysForProvisionalYears() {
        assertThat(LunarDates.qingming(2025)).isEqualTo(LocalDate.of(2025, 4, 4));
        assertThat(LunarDates.qingming(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(LunarDates.chinese(2025, 1, 1)).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(LunarDates.chinese(2025, 8, 15)).isEqualTo(LocalDate.of(2025, 10, 6));
        assertThat(LunarDates.chinese(2026, 5, 5)).isEqualTo(LocalDate.of(2026, 6, 19));
    }

    @Test
    void workingDaysBetweenCountsTheHalfOpenInterval() {
        LocalDate start = LocalDate.of(2025, 9, 24);
        LocalDate due = LocalDate.of(2025, 10, 28);

        assertThat(CALENDAR.workingDaysBetween(start, due, NATIONAL).workingDays()).isEqualTo(20);
        assertThat(CALENDAR.workingDaysBetween(due, start, NATIONAL).workingDays()).isEqualTo(-20);
        assertThat(CALENDAR.nextWorkingDay(LocalDate.of(2025, 9, 30), NATIONAL).date()).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void rejectsBadInputWithTypedErrors() {
        LocalDate day = LocalDate.of(2025, 1, 2);
        assertThatThrownBy(() -> CALENDAR.due(day, -1, NATIONAL)).isInstanceOf(CalendarException.InvalidWorkingDays.class);
        assertThatThrownBy(() -> CALENDAR.due(day, 100_001, NATIONAL)).isInstanceOf(CalendarException.InvalidWorkingDays.class);
        assertThatThrownBy(() -> CALENDAR.due(LocalDate.of(1999, 12, 31), 1, NATIONAL))
                .isInstanceOf(CalendarException.OutOfRange.class).hasMessageContaining("1999-12-31");
        assertThatThrownBy(() -> CALENDAR.due(LocalDate.of(2100, 12, 1), 100, NATIONAL))
                .isInstanceOf(CalendarException.OutOfRange.class);
        assertThat(RegionCode.of("6505").within("65")).isTrue();
        assertThatThrownBy(() -> RegionCode.of("65050")).isInstanceOf(CalendarException.InvalidRegion.class);
        assertThatThrownBy(() -> RegionCode.of("ab")).isInstanceOf(CalendarException.InvalidRegion.class);
        assertThatThrownBy(() -> RegionCode.of("950000")).isInstanceOf(CalendarException.InvalidRegion.class);
    }
}
