package cn.shixian.workcalendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Regional holidays: Xinjiang's notices, its computed years, and a new region added as data only. */
class RegionalOverlayTest {

    private static final WorkingDayCalendar BUNDLED = WorkingDayCalendar.bundled();
    private static final RegionCode XINJIANG = RegionCode.of("65");
    private static final RegionOverlay XINJIANG_OVERLAY = BUNDLED.overlays().getFirst();

    /** The documented rule (first working days from the Umm al-Qura date) reproduces every loaded notice. */
    @ParameterizedTest
    @ValueSource(ints = {2022, 2023, 2025})
    void computesTheSameWorkingDaysOffAsTheLoadedXinjiangNotices(int year) {
        WorkingDayCalendar computed = WorkingDayCalendar.of(List.of(XINJIANG_OVERLAY),
                BUNDLED.notices().stream().filter(HolidayNotice::isNational).toList());

        assertThat(regionalDaysOff(computed, year)).isEqualTo(regionalDaysOff(BUNDLED, year)).isNotEmpty();
        assertThat(computed.isProvisional(year, XINJIANG)).isTrue();
        assertThat(BUNDLED.isProvisional(year, XINJIANG)).isFalse();
    }

    @Test
    void computesXinjiang2024WithoutANoticeAndFlagsIt() {
        // 肉孜节 1445 = 2024-04-10 (Wednesday); 古尔邦节 = 2024-06-16 (Sunday): Monday to Wednesday off
        assertThat(regionalDaysOff(BUNDLED, 2024)).containsExactly(LocalDate.of(2024, 4, 10), LocalDate.of(2024, 6, 17),
                LocalDate.of(2024, 6, 18), LocalDate.of(2024, 6, 19));
        DayStatus eid = BUNDLED.isWorkingDay(LocalDate.of(2024, 4, 10), RegionCode.of("654002"));
        assertThat(eid.provisional()).isTrue();
        assertThat(eid.reasons()).singleElement().asString().contains("65", "2024", "肉孜节");
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2024, 4, 10), RegionCode.NATIONAL).provisional()).isFalse();
    }

    @Test
    void computesXinjiang2026AsTheUnverifiedSourceClaimsButKeepsItProvisional() {
        // unverified third-party data: 肉孜节 off 2026-03-20..22, 古尔邦节 includes 2026-05-27
        assertThat(regionalDaysOff(BUNDLED, 2026)).contains(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 5, 27));
        assertThat(BUNDLED.isProvisional(2026, XINJIANG)).isTrue();
    }

    @Test
    void keepsTheYearOfAnUnverifiedNoticeProvisional() {
        HolidayNotice unverified = new HolidayNotice(XINJIANG, 2026, "test fixture", "unverified third-party",
                List.of(new NoticeDay(LocalDate.of(2026, 3, 20), "肉孜节", true)));
        WorkingDayCalendar loaded = BUNDLED.withNotice(unverified);

        DayStatus eid = loaded.isWorkingDay(LocalDate.of(2026, 3, 20), XINJIANG);
        assertThat(eid.workingDay()).isFalse();
        assertThat(eid.provisional()).isTrue();
        assertThat(eid.reasons()).singleElement().asString().contains("unverified");
    }

    @Test
    void takesANewRegionAsDataWithoutCode() {
        // 广西 壮族三月三: 农历三月初三, two days off (test data for the mechanism)
        RegionOverlay guangxi = NoticeReader.overlay("""
                {"prefix": "45", "name": "广西壮族自治区", "legalBasis": "test data",
                 "festivals": [{"name": "壮族三月三", "calendar": "chinese", "month": 3, "day": 3, "workingDaysOff": 2}]}
                """);
        WorkingDayCalendar calendar = BUNDLED.withOverlay(guangxi);
        RegionCode nanning = RegionCode.of("450100");

        // 三月初三 2025 = 2025-03-31 (Monday): 03-31 and 04-01 off
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 31), nanning).workingDay()).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 1), nanning).workingDay()).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 1), RegionCode.NATIONAL).workingDay()).isTrue();
        assertThat(calendar.due(LocalDate.of(2025, 3, 28), 1, nanning).date()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(calendar.version(nanning)).isNotEqualTo(calendar.version(RegionCode.NATIONAL));
        assertThat(BUNDLED.version(nanning)).isEqualTo(BUNDLED.version(RegionCode.NATIONAL));
    }

    @Test
    void flagsAFestivalItCannotComputeAsUnknownUntilItsNoticeIsLoaded() {
        // 西藏 藏历新年 follows the Tibetan calendar, which ICU4J does not have: its days come from notices
        WorkingDayCalendar calendar = BUNDLED.withOverlay(NoticeReader.overlay("""
                {"prefix": "54", "name": "西藏自治区", "legalBasis": "test data",
                 "festivals": [{"name": "藏历新年", "calendar": "announced", "workingDaysOff": 3}]}
                """));
        RegionCode lhasa = RegionCode.of("540100");

        DueDate due = calendar.due(LocalDate.of(2025, 2, 20), 20, lhasa);
        assertThat(due.date()).isEqualTo(BUNDLED.due(LocalDate.of(2025, 2, 20), 20, RegionCode.NATIONAL).date());
        assertThat(due.provisional()).isTrue();
        assertThat(due.reasons()).singleElement().asString().contains("藏历新年 unknown");
        WorkingDayCalendar announced = calendar.withNotice("""
                {"region": "54", "year": 2025, "source": "test data", "days": [
                  {"date": "2025-02-28", "name": "藏历新年", "isOffDay": true}]}
                """);
        assertThat(announced.due(LocalDate.of(2025, 2, 20), 20, lhasa).provisional()).isFalse();
        assertThat(announced.due(LocalDate.of(2025, 2, 20), 20, lhasa).date()).isAfter(due.date());
    }

    /** Weekdays that are working nationally but off in Xinjiang. */
    private static List<LocalDate> regionalDaysOff(WorkingDayCalendar calendar, int year) {
        return Stream.iterate(LocalDate.of(year, 1, 1), day -> day.getYear() == year, day -> day.plusDays(1))
                .filter(day -> calendar.isWorkingDay(day, RegionCode.NATIONAL).workingDay())
                .filter(day -> !calendar.isWorkingDay(day, XINJIANG).workingDay())
                .toList();
    }
}
