package cn.shixian.workcalendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Holidays of provisional years, computed from the holiday law in force that year. */
class StatutoryHolidaysTest {

    private static final WorkingDayCalendar NOTICES = WorkingDayCalendar.bundled();
    private static final WorkingDayCalendar NO_NOTICES = WorkingDayCalendar.of(List.of(), List.of());

    @Test
    void appliesThe2025RevisionFrom2025() {
        assertThat(names(2024)).containsEntry(LocalDate.of(2024, 2, 10), "春节").doesNotContainKey(LocalDate.of(2024, 2, 9))
                .doesNotContainKey(LocalDate.of(2024, 5, 2));
        // 2025: 除夕 01-28 to 初三 01-31, 5月1日-2日
        assertThat(names(2025)).containsEntry(LocalDate.of(2025, 1, 28), "春节").containsEntry(LocalDate.of(2025, 1, 31), "春节")
                .containsEntry(LocalDate.of(2025, 5, 2), "劳动节");
        assertThat(count(2024, "春节")).isEqualTo(3);
        assertThat(count(2027, "春节")).isEqualTo(4);
        assertThat(count(2024, "劳动节")).isEqualTo(1);
        assertThat(count(2027, "劳动节")).isEqualTo(2);
    }

    @Test
    void appliesTheEarlierVersionsOfTheLaw() {
        // 1999 law: 劳动节 3 days, no 清明/端午/中秋; 2007 law: 春节 from 除夕; 2013 law: from 初一 again
        assertThat(count(2005, "劳动节")).isEqualTo(3);
        assertThat(count(2005, "清明节")).isZero();
        assertThat(names(2010)).containsEntry(LocalDate.of(2010, 2, 13), "春节"); // 除夕 2010
        assertThat(names(2010)).containsKey(LocalDate.of(2010, 4, 5)).containsKey(LocalDate.of(2010, 6, 16));
        assertThat(names(2014)).doesNotContainKey(LocalDate.of(2014, 1, 30)).containsKey(LocalDate.of(2014, 1, 31));
    }

    @Test
    void makesUpHolidaysOnAWeekendOrOnAnotherHoliday() {
        // 2023: 元旦 on a Sunday → Monday 01-02 off; 中秋 2020 falls on 国庆 10-01 → one more weekday off
        assertThat(names(2023)).containsEntry(LocalDate.of(2023, 1, 2), "元旦补假");
        assertThat(StatutoryHolidays.of(2020)).filteredOn(day -> day.name().endsWith("补假"))
                .extracting(NoticeDay::date).contains(LocalDate.of(2020, 10, 5), LocalDate.of(2020, 10, 6));
    }

    /**
     * Make-up working days only move days off: a computed year loses as many working days as the
     * notice did, in every notice year but 2020 (春节 extended for COVID-19 by a second notice).
     */
    @ParameterizedTest
    @ValueSource(ints = {2018, 2019, 2021, 2022, 2023, 2024, 2025, 2026})
    void losesAsManyWorkingDaysAsTheNoticeOfThatYear(int year) {
        LocalDate before = LocalDate.of(year - 1, 12, 31);
        LocalDate end = LocalDate.of(year, 12, 31);

        assertThat(NO_NOTICES.workingDaysBetween(before, end, RegionCode.NATIONAL).workingDays())
                .isEqualTo(NOTICES.workingDaysBetween(before, end, RegionCode.NATIONAL).workingDays());
    }

    private static Map<LocalDate, String> names(int year) {
        Map<LocalDate, String> names = new HashMap<>();
        StatutoryHolidays.of(year).forEach(day -> names.putIfAbsent(day.date(), day.name()));
        return names;
    }

    private static long count(int year, String name) {
        return StatutoryHolidays.of(year).stream().filter(day -> day.name().equals(name)).count();
    }
}
