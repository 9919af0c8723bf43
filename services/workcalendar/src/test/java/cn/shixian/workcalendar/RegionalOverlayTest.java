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
    private static final RegionOverlay XINJIANG_OVERLAY = BUNDLED.layers(XINJIANG).getFirst();

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
    void takesXinjiang2024FromANewsReportAndADatasetAndKeepsItProvisional() {
        // 肉孜节 1445 = 2024-04-10 (Wednesday, news report); 古尔邦节 = 2024-06-16 (Sunday): Monday to
        // Wednesday off (third-party dataset): the standing rule computes the same days
        assertThat(regionalDaysOff(BUNDLED, 2024)).containsExactly(LocalDate.of(2024, 4, 10), LocalDate.of(2024, 6, 17),
                LocalDate.of(2024, 6, 18), LocalDate.of(2024, 6, 19));
        WorkingDayCalendar computed = WorkingDayCalendar.of(List.of(XINJIANG_OVERLAY),
                BUNDLED.notices().stream().filter(HolidayNotice::isNational).toList());
        assertThat(regionalDaysOff(computed, 2024)).isEqualTo(regionalDaysOff(BUNDLED, 2024));
        DayStatus eid = BUNDLED.isWorkingDay(LocalDate.of(2024, 4, 10), RegionCode.of("654002"));
        assertThat(eid.provisional()).isTrue();
        assertThat(eid.reasons()).singleElement().asString().contains("65", "2024", "third-party dataset");
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2024, 4, 10), RegionCode.NATIONAL).provisional()).isFalse();
    }

    @Test
    void takesXinjiang2026FromTheDatasetButKeepsItProvisional() {
        // third-party data: 肉孜节 off 2026-03-20..22, 古尔邦节 2026-05-27..31
        assertThat(regionalDaysOff(BUNDLED, 2026)).containsExactly(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 5, 27),
                LocalDate.of(2026, 5, 28), LocalDate.of(2026, 5, 29));
        assertThat(BUNDLED.isProvisional(2026, XINJIANG)).isTrue();
    }

    @Test
    void keepsTheYearOfAnUnverifiedNoticeProvisional() {
        HolidayNotice unverified = new HolidayNotice(XINJIANG, 2030, "test fixture", "unverified third-party",
                List.of(new NoticeDay(LocalDate.of(2030, 3, 5), "肉孜节", true)));
        WorkingDayCalendar loaded = BUNDLED.withNotice(unverified);

        DayStatus eid = loaded.isWorkingDay(LocalDate.of(2030, 3, 5), XINJIANG);
        assertThat(eid.workingDay()).isFalse();
        assertThat(eid.provisional()).isTrue();
        assertThat(eid.reasons()).hasSize(2).last().asString().contains("unverified");
    }

    @Test
    void takesANewRegionAsDataWithoutCode() {
        // 延边州 自治州成立纪念日 (9月3日), one day off (test data for the mechanism)
        RegionOverlay yanbian = NoticeReader.overlay("""
                {"prefix": "2224", "name": "延边朝鲜族自治州", "legalBasis": "test data",
                 "festivals": [{"name": "自治州成立纪念日", "calendar": "gregorian", "month": 9, "day": 3, "workingDaysOff": 1}]}
                """);
        WorkingDayCalendar calendar = BUNDLED.withOverlay(yanbian);
        RegionCode yanji = RegionCode.of("222401");

        // 2025-09-03 is a Wednesday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 3), yanji).workingDay()).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 3), RegionCode.NATIONAL).workingDay()).isTrue();
        assertThat(calendar.due(LocalDate.of(2025, 9, 2), 1, yanji).date()).isEqualTo(LocalDate.of(2025, 9, 4));
        assertThat(calendar.version(yanji)).isNotEqualTo(calendar.version(RegionCode.NATIONAL));
        assertThat(BUNDLED.version(yanji)).isEqualTo(BUNDLED.version(RegionCode.NATIONAL));
    }

    @Test
    void flagsAFestivalItCannotComputeAsUnknownUntilItsNoticeIsLoaded() {
        // 西藏 藏历新年 follows the Tibetan calendar, which ICU4J does not have: its days come from notices
        WorkingDayCalendar calendar = BUNDLED.withOverlay(NoticeReader.overlay("""
                {"prefix": "54", "name": "西藏自治区", "legalBasis": "test data",
                 "festivals": [{"name": "藏历新年", "calendar": "announced", "workingDaysOff": 3}]}
                """));
        RegionCode shigatse = RegionCode.of("540200"); // outside Lhasa's own layer 5401

        DueDate due = calendar.due(LocalDate.of(2025, 2, 20), 20, shigatse);
        assertThat(due.date()).isEqualTo(BUNDLED.due(LocalDate.of(2025, 2, 20), 20, RegionCode.NATIONAL).date());
        assertThat(due.provisional()).isTrue();
        assertThat(due.reasons()).singleElement().asString().contains("藏历新年 unknown");
        WorkingDayCalendar announced = calendar.withNotice("""
                {"region": "54", "year": 2025, "source": "test data", "days": [
                  {"date": "2025-02-28", "name": "藏历新年", "isOffDay": true}]}
                """);
        assertThat(announced.due(LocalDate.of(2025, 2, 20), 20, shigatse).provisional()).isFalse();
        assertThat(announced.due(LocalDate.of(2025, 2, 20), 20, shigatse).date()).isAfter(due.date());
    }

    /** Weekdays that are working nationally but off in Xinjiang. */
    private static List<LocalDate> regionalDaysOff(WorkingDayCalendar calendar, int year) {
        return Stream.iterate(LocalDate.of(year, 1, 1), day -> day.getYear() == year, day -> day.plusDays(1))
                .filter(day -> calendar.isWorkingDay(day, RegionCode.NATIONAL).workingDay())
                .filter(day -> !calendar.isWorkingDay(day, XINJIANG).workingDay())
                .toList();
    }
}
