package cn.shixian.workcalendar.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Notices read from their text give exactly holiday-cn's days: the State Council's 2026 notice as
 * published ({@code ../shared/reference/holidays/notices/cn-2026.txt}), and 2018–2025 from texts
 * <b>reconstructed</b> in the official wording from holiday-cn's days (test resources
 * {@code notices/}, see their README); and the regional excerpts as their entries in
 * {@code regional-holidays.json} say.
 */
class NoticeTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REFERENCE = Path.of(System.getProperty("shixian.reference",
            "../../../shared/reference/holidays"));

    @Test
    void theStateCouncilNoticeOf2026GivesExactlyHolidayCnsDays() throws IOException {
        ReadNotice notice = NoticeText.read(reference("notices/cn-2026.txt"), RegionCode.NATIONAL);

        assertThat(notice.year()).isEqualTo(2026);
        assertThat(days(NoticeJson.of(notice, "", null))).isEqualTo(days(JSON.readTree(reference("cn/2026.json"))));
    }

    @ParameterizedTest
    @ValueSource(ints = {2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025})
    void reconstructedNoticesOfEarlierYearsGiveHolidayCnsDays(int year) throws IOException {
        ReadNotice notice = NoticeText.read(resource("/notices/cn-" + year + ".txt"), RegionCode.NATIONAL);

        assertThat(notice.year()).isEqualTo(year);
        assertThat(days(NoticeJson.of(notice, "", null)))
                .isEqualTo(days(JSON.readTree(reference("cn/" + year + ".json"))));
    }

    @Test
    void whatItReadsLoadsAsTheBundledNotice() throws IOException {
        WorkingDayCalendar bundled = WorkingDayCalendar.bundled();
        String text = reference("notices/cn-2026.txt");
        var read = NoticeText.read(text, RegionCode.NATIONAL).toNotice("https://www.gov.cn/zhengce/zhengceku/"
                + "202511/content_7047091.htm", null);

        assertThat(bundled.withNotice(read)).isSameAs(bundled);
    }

    @Test
    void readsTheRegionalExcerpts() throws IOException {
        assertThat(regional("notices/xj-2023-excerpt.txt", "65")).containsExactly(
                "2023-04-21 肉孜节 OFF", "2023-06-28 古尔邦节 OFF", "2023-06-29 古尔邦节 OFF", "2023-06-30 古尔邦节 OFF");
        assertThat(regional("notices/xj-2025-excerpt.txt", "65")).containsExactly(
                "2025-03-29 肉孜节 OFF", "2025-03-30 肉孜节 OFF", "2025-03-31 肉孜节 OFF", "2025-06-06 古尔邦节 OFF",
                "2025-06-07 古尔邦节 OFF", "2025-06-08 古尔邦节 OFF", "2025-06-09 古尔邦节 OFF", "2025-06-10 古尔邦节 OFF");
        assertThat(regional("notices/xj-2014-excerpt.txt", "65")).containsExactly(
                "2014-09-28 国庆节 NORMAL_REST", "2014-10-01 国庆节 OFF", "2014-10-02 国庆节 OFF", "2014-10-03 国庆节 OFF",
                "2014-10-04 国庆节 OFF", "2014-10-05 国庆节 OFF", "2014-10-06 国庆节 OFF", "2014-10-07 国庆节 OFF",
                "2014-10-08 国庆节 OFF", "2014-10-11 国庆节 NORMAL_REST");
        assertThat(regional("notices/gx-2024.txt", "45")).containsExactly(
                "2024-04-11 壮族三月三 OFF", "2024-04-12 壮族三月三 OFF");
        assertThat(regional("notices/lhasa-2023.txt", "5401")).containsExactly(
                "2023-02-18 藏历新年 WORKING", "2023-02-19 藏历新年 WORKING", "2023-02-20 藏历新年 OFF",
                "2023-02-21 藏历新年 OFF", "2023-02-22 藏历新年 OFF", "2023-02-23 藏历新年 OFF", "2023-02-24 藏历新年 OFF",
                "2023-02-25 藏历新年 OFF", "2023-02-26 藏历新年 OFF");
        List<String> liangshan = regional("notices/liangshan-2024-excerpt.txt", "5134");
        assertThat(liangshan).hasSize(1 + 7 + 2 + 8 + 7 + 2)
                .contains("2024-07-28 民族团结进步节 OFF", "2024-07-27 火把节 WORKING", "2024-08-10 火把节 WORKING",
                        "2024-10-08 国庆节、州庆 OFF", "2024-11-17 彝历新年 WORKING", "2024-11-30 彝历新年 WORKING");
    }

    @Test
    void theRegionalJsonIsTheWorkcalendarsRegionalFormat() throws IOException {
        ReadNotice notice = NoticeText.read(reference("notices/xj-2014-excerpt.txt"), RegionCode.of("65"));
        JsonNode json = NoticeJson.of(notice, "https://example.test/xj-2014", "official text (reprint)");

        assertThat(json.get("region").asString()).isEqualTo("65");
        assertThat(json.get("year").asInt()).isEqualTo(2014);
        assertThat(json.get("confidence").asString()).isEqualTo("official text (reprint)");
        assertThat(json.at("/days/0").toString())
                .isEqualTo("{\"date\":\"2014-09-28\",\"name\":\"国庆节\",\"isOffDay\":true,\"cancelsNationalWork\":true}");
        assertThat(cn.shixian.workcalendar.NoticeReader.notice(json.toString()).days()).hasSize(10);
    }

    @Test
    void namesEveryUnreadableLineAndReadsNothing() {
        String text = """
                国务院办公厅关于2027年部分节假日安排的通知

                一、元旦：1月1日（周五）至3日（周日）放假，共3天。
                二、春节：2月6日至2月12日放暇调休，共7天。
                三、清明节：4月5日（周二）放假。
                四、劳动节：五月一日至五日放假调休。
                """;

        assertThatThrownBy(() -> NoticeText.read(text, RegionCode.NATIONAL))
                .isInstanceOfSatisfying(UnreadableNotice.class, e -> assertThat(e.problems())
                        .extracting(UnreadableNotice.Problem::line).containsExactly(4, 5, 6))
                .hasMessageContaining("line 4").hasMessageContaining("放暇")
                .hasMessageContaining("2027-04-05 is a MONDAY, not 周二");
    }

    @Test
    void aTitleOfAnotherYearOrNoTitleNeedsTheYear() {
        String excerpt = "一、元旦：1月1日放假，共1天。";

        assertThatThrownBy(() -> NoticeText.read(excerpt, RegionCode.NATIONAL))
                .isInstanceOf(UnreadableNotice.class).hasMessageContaining("line 1").hasMessageContaining("title");
        assertThat(NoticeText.read(excerpt, RegionCode.NATIONAL, 2027).days())
                .extracting(ReadDay::date).containsExactly(LocalDate.of(2027, 1, 1));
        assertThatThrownBy(() -> NoticeText.read("国务院办公厅关于2026年部分节假日安排的通知\n" + excerpt,
                RegionCode.NATIONAL, 2027)).isInstanceOf(UnreadableNotice.class).hasMessageContaining("2026");
        assertThatThrownBy(() -> NoticeText.read("国务院办公厅关于2027年部分节假日安排的通知\n各地区要安排好值班。",
                RegionCode.NATIONAL)).isInstanceOf(UnreadableNotice.class).hasMessageContaining("no line");
    }

    /** Found while fuzzing (docs/reliability.md, "Fuzzing"): a count past int threw NumberFormatException. */
    @Test
    void aTotalOfMoreDaysThanAnyHolidayIsUnreadable() {
        assertThatThrownBy(() -> NoticeText.read("一、元旦：1月1日放假，共99999999999天。", RegionCode.NATIONAL, 2025))
                .isInstanceOf(UnreadableNotice.class).hasMessageContaining("line 1")
                .hasMessageContaining("99999999999 days, more than any holiday has");
        assertThatThrownBy(() -> NoticeText.read("一、元旦：1月1日放假共99999999999天。", RegionCode.NATIONAL, 2025))
                .isInstanceOf(UnreadableNotice.class).hasMessageContaining("more than any holiday has");
    }

    private static List<String> regional(String file, String region) throws IOException {
        return NoticeText.read(reference(file), RegionCode.of(region)).days().stream()
                .map(d -> d.date() + " " + d.name() + " " + d.change()).toList();
    }

    private static List<String> days(JsonNode notice) {
        List<String> days = new ArrayList<>();
        notice.get("days").forEach(d -> days.add(d.get("date").asString() + " " + d.get("name").asString() + " "
                + d.get("isOffDay").asBoolean()));
        return days;
    }

    static String reference(String file) throws IOException {
        Path path = REFERENCE.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new AssertionError("no reference file at " + path.toAbsolutePath().normalize()
                    + ": ../shared/reference/ must sit beside the clone (as on CI); elsewhere pass -Dshixian.reference=DIR");
        }
        return Files.readString(path);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = NoticeTextTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
