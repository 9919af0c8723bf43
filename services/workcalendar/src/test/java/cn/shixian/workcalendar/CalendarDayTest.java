package cn.shixian.workcalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link WorkingDayCalendar#describe}: the kind of each day and the holiday names its notice gives. */
class CalendarDayTest {

    private static final WorkingDayCalendar BUNDLED = WorkingDayCalendar.bundled();
    private static final RegionCode HAMI = RegionCode.of("650500");
    private static final RegionCode ZHANGGONG = RegionCode.of("360702");

    @Test
    void national2025GoldenWeekIsOneHolidayOfTwoNamesWithTwoMakeUpSundaysAndSaturdays() {
        // the State Council's 2025 notice writes the eight days as one holiday: name "国庆节、中秋节"
        for (LocalDate day = LocalDate.of(2025, 10, 1); !day.isAfter(LocalDate.of(2025, 10, 8)); day = day.plusDays(1)) {
            assertThat(BUNDLED.describe(day, HAMI)).as(day.toString())
                    .isEqualTo(new CalendarDay(day, DayKind.HOLIDAY, List.of("国庆节", "中秋节"), false));
        }
        assertThat(describe("2025-09-28", HAMI)).isEqualTo(
                new CalendarDay(LocalDate.of(2025, 9, 28), DayKind.MAKE_UP_WORKING_DAY, List.of("国庆节", "中秋节"), false));
        assertThat(describe("2025-10-11", ZHANGGONG).kind()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
        assertThat(describe("2025-09-27", HAMI)).isEqualTo(
                new CalendarDay(LocalDate.of(2025, 9, 27), DayKind.WEEKEND, List.of(), false));
        assertThat(describe("2025-09-25", HAMI)).isEqualTo(
                new CalendarDay(LocalDate.of(2025, 9, 25), DayKind.WORKING_DAY, List.of(), false));
        assertThat(describe("2025-10-12", HAMI).kind()).isEqualTo(DayKind.WEEKEND);
    }

    @Test
    void namesAreTakenInTheNoticesOrder() {
        // the 2023 notice writes "中秋节、国庆节", the 2020 one "国庆节、中秋节"
        assertThat(describe("2023-09-29", RegionCode.NATIONAL).names()).containsExactly("中秋节", "国庆节");
        assertThat(describe("2020-10-01", RegionCode.NATIONAL).names()).containsExactly("国庆节", "中秋节");
        assertThat(describe("2025-01-28", RegionCode.NATIONAL))
                .extracting(CalendarDay::kind, CalendarDay::names).containsExactly(DayKind.HOLIDAY, List.of("春节"));
        assertThat(describe("2025-01-26", RegionCode.NATIONAL))
                .extracting(CalendarDay::kind, CalendarDay::names)
                .containsExactly(DayKind.MAKE_UP_WORKING_DAY, List.of("春节"));
    }

    @Test
    void xinjiangsNoticeAddsRegionalHolidaysEvenOnAWeekend() {
        assertThat(describe("2025-03-31", HAMI)).isEqualTo(
                new CalendarDay(LocalDate.of(2025, 3, 31), DayKind.REGIONAL_HOLIDAY, List.of("肉孜节"), false));
        // a Saturday the notice counts into the 肉孜节 break
        assertThat(describe("2025-03-29", HAMI).kind()).isEqualTo(DayKind.REGIONAL_HOLIDAY);
        assertThat(describe("2025-06-09", RegionCode.of("65")).names()).containsExactly("古尔邦节");
        assertThat(describe("2025-03-31", ZHANGGONG).kind()).isEqualTo(DayKind.WORKING_DAY);
        assertThat(describe("2025-03-29", ZHANGGONG).kind()).isEqualTo(DayKind.WEEKEND);
    }

    @Test
    void computedYearsAreProvisionalWithTheNamesOfTheLawAndTheFestival() {
        // 2027 has no notice: 国庆 Friday to Sunday, the weekend made up on Monday and Tuesday (补假)
        assertThat(describe("2027-10-01", RegionCode.NATIONAL)).isEqualTo(
                new CalendarDay(LocalDate.of(2027, 10, 1), DayKind.HOLIDAY, List.of("国庆节"), true));
        assertThat(describe("2027-10-02", RegionCode.NATIONAL).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(describe("2027-10-04", RegionCode.NATIONAL).names()).containsExactly("国庆节补假");
        // Xinjiang 2024: national notice loaded, regional computed (肉孜节 on 2024-04-10)
        assertThat(describe("2024-04-10", HAMI)).isEqualTo(
                new CalendarDay(LocalDate.of(2024, 4, 10), DayKind.REGIONAL_HOLIDAY, List.of("肉孜节"), true));
        assertThat(describe("2024-04-10", RegionCode.NATIONAL))
                .extracting(CalendarDay::kind, CalendarDay::provisional).containsExactly(DayKind.WORKING_DAY, false);
    }

    @Test
    void aRegionalDayOffOnANationalHolidayStaysAHolidayWithBothNames() {
        HolidayNotice xinjiang2032 = new HolidayNotice(RegionCode.of("65"), 2032, "test fixture", "official",
                List.of(new NoticeDay(LocalDate.of(2032, 10, 1), "肉孜节", true)));
        WorkingDayCalendar loaded = BUNDLED.withNotice(xinjiang2032);

        CalendarDay day = loaded.describe(LocalDate.of(2032, 10, 1), HAMI);

        assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(day.names()).containsExactly("国庆节", "肉孜节");
        assertThat(day.provisional()).as("2032 has no State Council notice").isTrue();
        // 2031 has none either, and its 中秋 falls on 10-01: the law's two holidays share the day, in the law's order
        assertThat(BUNDLED.describe(LocalDate.of(2031, 10, 1), RegionCode.NATIONAL).names())
                .containsExactly("中秋节", "国庆节");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "650500", "654002", "360702"})
    void agreesWithIsWorkingDayOnEveryDayOfTheRange(String code) {
        RegionCode region = RegionCode.of(code);
        for (LocalDate day = WorkingDayCalendar.FIRST_DAY; !day.isAfter(WorkingDayCalendar.LAST_DAY); day = day.plusDays(1)) {
            CalendarDay described = BUNDLED.describe(day, region);
            DayStatus status = BUNDLED.isWorkingDay(day, region);
            if (described.workingDay() != status.workingDay() || described.provisional() != status.provisional()
                    || !described.date().equals(day)) {
                throw new AssertionError(day + " in " + code + ": " + described + " but " + status);
            }
            boolean weekend = StatutoryHolidays.isWeekend(day);
            if (described.kind() == DayKind.WEEKEND && !weekend
                    || described.kind() == DayKind.MAKE_UP_WORKING_DAY && !weekend
                    || described.kind() == DayKind.WORKING_DAY && weekend) {
                throw new AssertionError(day + " in " + code + " is " + described.kind());
            }
        }
    }

    @Test
    void refusesDaysOutsideTheRange() {
        assertThatThrownBy(() -> BUNDLED.describe(LocalDate.of(1999, 12, 31), HAMI))
                .isInstanceOf(CalendarException.OutOfRange.class).hasMessageContaining("1999-12-31");
    }

    private static CalendarDay describe(String date, RegionCode region) {
        return BUNDLED.describe(LocalDate.parse(date), region);
    }
}
