package cn.shixian.workcalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regional layers (地方层) as data: the bundled facts of {@code ../shared/reference/holidays/regional/}
 * for 南宁, 银川, 拉萨, 西昌 and 大理, nesting from province to county, regional working days,
 * national make-up days kept as rest (正常休息), and provisional layer years.
 */
class RegionalLayersTest {

    private static final WorkingDayCalendar BUNDLED = WorkingDayCalendar.bundled();
    private static final RegionCode NANNING = RegionCode.of("450100");
    private static final RegionCode YINCHUAN = RegionCode.of("640104");
    private static final RegionCode LHASA = RegionCode.of("540102");
    private static final RegionCode XICHANG = RegionCode.of("513401");
    private static final RegionCode DALI = RegionCode.of("532901");
    private static final RegionCode HAMI = RegionCode.of("650500");

    /**
     * Hand-checked: for each case the layer's days in regional-holidays.json and the State Council
     * notice of the year (national/YEAR.json) were laid out on a paper calendar of the month and the
     * working days after the start day counted one by one; the national column is the same count
     * without the layer.
     */
    @ParameterizedTest(name = "{0}: {1} + {2} = {3} (nationally {4})")
    @CsvSource({
            // 南宁 2024 (official): 三月三 04-11 Thu, 04-12 Fri off, then the weekend
            "450100, 2024-04-10, 1, 2024-04-15, 2024-04-11",
            "450100, 2024-04-08, 5, 2024-04-17, 2024-04-15",
            // 银川 2021 (official): 开斋节 05-13 Thu, 05-14 Fri off
            "640104, 2021-05-12, 1, 2021-05-17, 2021-05-13",
            // 拉萨 2023 (official): Sat 02-18 and Sun 02-19 worked, 02-20 … 02-26 off
            "540102, 2023-02-17, 1, 2023-02-18, 2023-02-20",
            "540102, 2023-02-17, 3, 2023-02-27, 2023-02-22",
            // 拉萨 2026 (news report): 春节 and 藏历新年 to 02-26, three weekdays beyond the national break
            "540102, 2026-02-23, 1, 2026-02-27, 2026-02-24",
            // 西昌 2024 (official): Sat 07-27 worked; 07-28 民族团结进步节, 火把节 07-29 … 08-04
            "513401, 2024-07-26, 1, 2024-07-27, 2024-07-29",
            "513401, 2024-07-26, 2, 2024-08-05, 2024-07-30",
            // 西昌 2024: 国庆 and 州庆 to 10-08, one day beyond the national break
            "513401, 2024-09-30, 1, 2024-10-09, 2024-10-08",
            // 西昌 2024: 彝历新年 11-20 … 11-26, Sun 11-17 worked
            "513401, 2024-11-15, 1, 2024-11-17, 2024-11-18",
            // 大理 2024 (official): 三月街 04-23 … 04-25; 自治州成立纪念日 Fri 11-22 and Sat 11-23
            "532901, 2024-04-22, 1, 2024-04-26, 2024-04-23",
            "532901, 2024-11-21, 1, 2024-11-25, 2024-11-22",
    })
    void countsAcrossTheRegionsDaysAsTheDataSays(String region, LocalDate start, int n, LocalDate due,
                                                LocalDate national) {
        DueDate result = BUNDLED.due(start, n, RegionCode.of(region));

        assertThat(result.date()).isEqualTo(due);
        assertThat(result.provisional()).as("official or news-report years on a final national year").isFalse();
        assertThat(BUNDLED.due(start, n, RegionCode.NATIONAL).date()).isEqualTo(national);
    }

    @Test
    void describesARegionalWorkingSaturdayAsAMakeUpWorkingDay() {
        assertThat(BUNDLED.describe(LocalDate.of(2024, 7, 27), XICHANG).kind()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
        assertThat(BUNDLED.describe(LocalDate.of(2024, 7, 27), XICHANG).names()).containsExactly("火把节");
        assertThat(BUNDLED.describe(LocalDate.of(2024, 7, 27), RegionCode.NATIONAL).kind()).isEqualTo(DayKind.WEEKEND);
        assertThat(BUNDLED.describe(LocalDate.of(2026, 2, 24), LHASA).kind()).isEqualTo(DayKind.REGIONAL_HOLIDAY);
        // a national day of the break keeps both names
        assertThat(BUNDLED.describe(LocalDate.of(2026, 2, 17), LHASA).names()).containsExactly("春节", "藏历新年");
    }

    @Test
    void keepsADatasetYearProvisionalAndSaysWhy() {
        // 银川 2025 (third-party dataset): 开斋节 Mon 03-31 and Tue 04-01, then 清明 04-04
        DueDate due = BUNDLED.due(LocalDate.of(2025, 3, 28), 3, YINCHUAN);

        assertThat(due.date()).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(due.provisional()).isTrue();
        assertThat(due.reasons()).singleElement().asString().contains("64", "2025", "third-party dataset");
    }

    @Test
    void assumesNoDaysForAnUnannouncedYearWithoutAStandingRuleButMarksItProvisional() {
        // 大理 2025 has no notice in the data: counted as the nation counts, provisional
        DueDate due = BUNDLED.due(LocalDate.of(2025, 4, 10), 10, DALI);

        assertThat(due.date()).isEqualTo(BUNDLED.due(LocalDate.of(2025, 4, 10), 10, RegionCode.NATIONAL).date());
        assertThat(due.provisional()).isTrue();
        assertThat(due.reasons()).singleElement().asString()
                .contains("5329", "2025", "三月街民族节", "no standing rule: no days assumed");
        assertThat(BUNDLED.due(LocalDate.of(2025, 4, 10), 10, RegionCode.NATIONAL).provisional()).isFalse();
    }

    @Test
    void computesAnUnannouncedGuangxiYearFromItsStandingRule() {
        // 令第98号: 三月三 2025 = 农历三月初三 = Monday 03-31: 03-31 and 04-01 off, provisional
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2025, 3, 31), NANNING).workingDay()).isFalse();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2025, 4, 1), NANNING).workingDay()).isFalse();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2025, 4, 2), NANNING).workingDay()).isTrue();
        DayStatus day = BUNDLED.isWorkingDay(LocalDate.of(2025, 3, 31), NANNING);
        assertThat(day.provisional()).isTrue();
        assertThat(day.reasons()).singleElement().asString().contains("壮族三月三 computed from its standing rule");
        assertThat(BUNDLED.describe(LocalDate.of(2025, 3, 31), NANNING).kind()).isEqualTo(DayKind.REGIONAL_HOLIDAY);
    }

    @Test
    void guangxisStandingRuleGivesThe2024NoticesDays() {
        // 三月三 2024 = Thursday 04-11: the rule's first two working days from it are the notice's 04-11 and 04-12
        WorkingDayCalendar computed = WorkingDayCalendar.of(BUNDLED.layers(NANNING),
                BUNDLED.notices().stream().filter(HolidayNotice::isNational).toList());

        for (LocalDate day = LocalDate.of(2024, 4, 8); day.isBefore(LocalDate.of(2024, 4, 20)); day = day.plusDays(1)) {
            assertThat(computed.isWorkingDay(day, NANNING).workingDay()).as(day.toString())
                    .isEqualTo(BUNDLED.isWorkingDay(day, NANNING).workingDay());
        }
        assertThat(computed.isProvisional(2024, NANNING)).isTrue();
    }

    @Test
    void keepsANationalMakeUpDayAsRestWhereTheRegionSaysSo() {
        // Xinjiang 2014: "9月28日（星期日）、10月11日（星期六）正常休息"; the State Council's 2014 notice
        // (not bundled: loaded here) made both make-up working days of 国庆节
        WorkingDayCalendar calendar = BUNDLED.withNotice(NoticeReader.notice(NATIONAL_2014_NATIONAL_DAY));

        assertThat(calendar.isWorkingDay(LocalDate.of(2014, 9, 28), RegionCode.NATIONAL).workingDay()).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2014, 9, 28), HAMI).workingDay()).isFalse();
        assertThat(calendar.describe(LocalDate.of(2014, 10, 11), HAMI))
                .extracting(CalendarDay::kind, CalendarDay::names).containsExactly(DayKind.WEEKEND, List.of("国庆节"));
        // Friday 09-26 + 1: the nation works Sunday 09-28, Hami rests until Monday
        assertThat(calendar.due(LocalDate.of(2014, 9, 26), 1, RegionCode.NATIONAL).date()).isEqualTo(LocalDate.of(2014, 9, 28));
        assertThat(calendar.due(LocalDate.of(2014, 9, 26), 1, HAMI).date()).isEqualTo(LocalDate.of(2014, 9, 29));
    }

    @Test
    void turnsANationalWorkingSaturdayIntoADayOffAndWorksAnotherOne() {
        // Guangxi 2017: "4月1日（星期六，全国调休上班日）放假调休，4月8日（星期六）上班"; the State Council's
        // 2017 notice (loaded here): 清明 04-02 … 04-04 off, Saturday 04-01 worked
        WorkingDayCalendar calendar = BUNDLED.withNotice(NoticeReader.notice("""
                {"year": 2017, "papers": ["test: 国办发明电〔2016〕14号, 清明 only"], "days": [
                  {"name": "清明节", "date": "2017-04-01", "isOffDay": false},
                  {"name": "清明节", "date": "2017-04-02", "isOffDay": true},
                  {"name": "清明节", "date": "2017-04-03", "isOffDay": true},
                  {"name": "清明节", "date": "2017-04-04", "isOffDay": true}]}"""));

        // Friday 03-31 + 1: nationally Saturday 04-01; in Nanning 04-01 … 04-04 are off
        assertThat(calendar.due(LocalDate.of(2017, 3, 31), 1, RegionCode.NATIONAL).date()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(calendar.due(LocalDate.of(2017, 3, 31), 1, NANNING).date()).isEqualTo(LocalDate.of(2017, 4, 5));
        // Friday 04-07 + 1: Nanning works Saturday 04-08
        assertThat(calendar.due(LocalDate.of(2017, 4, 7), 1, NANNING).date()).isEqualTo(LocalDate.of(2017, 4, 8));
        assertThat(calendar.due(LocalDate.of(2017, 4, 7), 1, RegionCode.NATIONAL).date()).isEqualTo(LocalDate.of(2017, 4, 10));
    }

    @Test
    void refusesRestInPlaceOfANationalWorkingDayThatIsNoMakeUpDay() {
        WorkingDayCalendar calendar = BUNDLED.withNotice(NoticeReader.notice(NATIONAL_2014_NATIONAL_DAY));

        // 2014-10-18 is a plain Saturday
        assertThatThrownBy(() -> calendar.withNotice("""
                {"region": "5401", "year": 2014, "source": "test", "days": [
                  {"date": "2014-10-18", "name": "test", "isOffDay": true, "cancelsNationalWork": true}]}"""))
                .isInstanceOf(CalendarException.InvalidNotice.class).hasMessageContaining("2014-10-18", "正常休息");
    }

    @Test
    void nestsLayersFromTheProvinceToTheCounty() {
        // test layers 54 (西藏) and 540102 (城关区) around the bundled 5401 (拉萨, 2025: 02-27 … 03-04 off)
        WorkingDayCalendar calendar = BUNDLED
                .withOverlay(announcedOnly("54", "西藏自治区")).withOverlay(announcedOnly("540102", "城关区"))
                .withNotice(regionalDayOff("54", "2025-03-05")).withNotice(regionalDayOff("540102", "2025-03-06"));

        assertThat(calendar.layers(LHASA)).extracting(o -> o.prefix().code()).containsExactly("54", "5401", "540102");
        // Wednesday 02-26 + 1: 城关区 rests with Lhasa and Tibet, then on its own day
        assertThat(calendar.due(LocalDate.of(2025, 2, 26), 1, LHASA).date()).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(calendar.due(LocalDate.of(2025, 2, 26), 1, RegionCode.of("540103")).date())
                .isEqualTo(LocalDate.of(2025, 3, 6));
        assertThat(calendar.due(LocalDate.of(2025, 2, 26), 1, RegionCode.of("540200")).date())
                .isEqualTo(LocalDate.of(2025, 2, 27));
        // 2024 is announced by none of the three: one reason each, from the province down
        assertThat(calendar.provisionalReasons(2024, LHASA)).hasSize(3)
                .satisfiesExactly(r -> assertThat(r).contains(" 54 "), r -> assertThat(r).contains(" 5401 "),
                        r -> assertThat(r).contains(" 540102 "));
    }

    @Test
    void refusesWorkInADeeperLayerOnADayOffOfALayerAboveIt() {
        WorkingDayCalendar calendar = BUNDLED.withOverlay(announcedOnly("540102", "城关区"));

        assertThatThrownBy(() -> calendar.withNotice("""
                {"region": "540102", "year": 2025, "source": "test", "days": [
                  {"date": "2025-02-28", "name": "test", "isOffDay": false}]}"""))
                .isInstanceOf(CalendarException.InvalidNotice.class).hasMessageContaining("2025-02-28");
    }

    @Test
    void letsTheNoticesOwnTextReplaceADatasetYear() {
        // Xinjiang 2026 rests on a third-party dataset: the official notice is loaded without a correction
        WorkingDayCalendar official = BUNDLED.withNotice("""
                {"region": "65", "year": 2026, "source": "test: 新疆 2026 notice", "confidence": "official text",
                 "days": [{"date": "2026-03-20", "name": "肉孜节", "isOffDay": true}]}""");

        assertThat(official.isProvisional(2026, HAMI)).isFalse();
        assertThat(official.isWorkingDay(LocalDate.of(2026, 5, 27), HAMI).workingDay()).isTrue();
        assertThat(BUNDLED.isProvisional(2026, HAMI)).isTrue();
    }

    @Test
    void recordsTheSourceAndConfidenceOfEveryLayerYear() {
        HolidayNotice xinjiang2024 = BUNDLED.notice(RegionCode.of("65"), 2024).orElseThrow();
        assertThat(xinjiang2024.confidenceLevel()).isEqualTo(Confidence.THIRD_PARTY_DATASET);
        assertThat(xinjiang2024.source()).startsWith("肉孜节 (news report of the notice): 中新社乌鲁木齐2024-04-10电")
                .contains("; 古尔邦节 (third-party dataset or unofficial page): kitsuyui/hyper-calendar");
        // "same" in the file is the source of the entry before it
        assertThat(BUNDLED.notice(RegionCode.of("5134"), 2024).orElseThrow().source())
                .isEqualTo("凉府办函〔2023〕112号 (2023-11-04), 凉山州人民政府网");
        assertThat(BUNDLED.notice(RegionCode.of("5401"), 2026).orElseThrow().confidenceLevel())
                .isEqualTo(Confidence.NEWS_REPORT);
        assertThat(BUNDLED.layers(RegionCode.of("450100")).getFirst().legalBasis()).contains("令第98号");
        assertThat(BUNDLED.notices().stream().filter(n -> !n.isNational()).map(n -> n.region().code()).distinct())
                .containsExactlyInAnyOrder("45", "5134", "5329", "5401", "64", "65");
    }

    @Test
    void bundlesTheSharedFactsByteForByte() throws IOException {
        Path shared = Path.of("../../../shared/reference/holidays/regional/regional-holidays.json");
        assumeThat(Files.exists(shared)).as("../shared is beside the clone").isTrue();
        try (InputStream bundled = WorkingDayCalendar.class.getResourceAsStream("data/regional/regional-holidays.json")) {
            assertThat(bundled).isNotNull();
            assertThat(bundled.readAllBytes()).isEqualTo(Files.readAllBytes(shared));
        }
    }

    /** The State Council's 2014 国庆节 days (国办发明电〔2013〕28号), as far as these tests need them. */
    private static final String NATIONAL_2014_NATIONAL_DAY = """
            {"year": 2014, "papers": ["test: 国办发明电〔2013〕28号, 国庆节 only"], "days": [
              {"name": "国庆节", "date": "2014-09-28", "isOffDay": false},
              {"name": "国庆节", "date": "2014-10-01", "isOffDay": true},
              {"name": "国庆节", "date": "2014-10-02", "isOffDay": true},
              {"name": "国庆节", "date": "2014-10-03", "isOffDay": true},
              {"name": "国庆节", "date": "2014-10-04", "isOffDay": true},
              {"name": "国庆节", "date": "2014-10-05", "isOffDay": true},
              {"name": "国庆节", "date": "2014-10-06", "isOffDay": true},
              {"name": "国庆节", "date": "2014-10-07", "isOffDay": true},
              {"name": "国庆节", "date": "2014-10-11", "isOffDay": false}]}""";

    private static RegionOverlay announcedOnly(String prefix, String name) {
        return NoticeReader.overlay("""
                {"prefix": "%s", "name": "%s", "festivals": [{"name": "test", "calendar": "announced"}]}"""
                .formatted(prefix, name));
    }

    private static HolidayNotice regionalDayOff(String prefix, String date) {
        return NoticeReader.notice("""
                {"region": "%s", "year": 2025, "source": "test", "days": [{"date": "%s", "name": "test", "isOffDay": true}]}"""
                .formatted(prefix, date));
    }
}
