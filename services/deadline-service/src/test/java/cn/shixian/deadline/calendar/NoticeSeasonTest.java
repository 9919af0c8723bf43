package cn.shixian.deadline.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shixian.deadline.calendar.NoticeSeason.MissingNotice;
import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which yearly notice is due and not loaded, day by day of the season, on the bundled calendar (2018-2026 loaded). */
class NoticeSeasonTest {

    private static final WorkingDayCalendar BUNDLED = WorkingDayCalendar.bundled();
    private static final String NOTICE_2027 = """
            {"year": 2027, "papers": ["https://www.gov.cn/test-2027"], "days": [
              {"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}""";

    @Test
    void nextYearsNationalNoticeIsDueFromTheFirstOfNovember() {
        assertThat(national(BUNDLED, LocalDate.of(2026, 10, 31))).isEmpty();
        assertThat(national(BUNDLED, LocalDate.of(2026, 11, 2)))
                .containsExactly(new MissingNotice("CN", 2027, LocalDate.of(2026, 11, 1)));
        assertThat(national(BUNDLED, LocalDate.of(2026, 11, 1))).hasSize(1);
        // the new year began without it: still missing
        assertThat(national(BUNDLED, LocalDate.of(2027, 1, 5)))
                .containsExactly(new MissingNotice("CN", 2027, LocalDate.of(2026, 11, 1)));
    }

    @Test
    void loadingTheNoticeEndsIt() {
        WorkingDayCalendar with2027 = BUNDLED.withNotice(NOTICE_2027);

        assertThat(national(with2027, LocalDate.of(2026, 11, 2))).isEmpty();
        assertThat(national(with2027, LocalDate.of(2027, 11, 2))).extracting(MissingNotice::year).containsExactly(2028);
    }

    @Test
    void holidayCnsEmptyPlaceholderIsNoNotice() throws IOException {
        Path placeholder = Path.of(System.getProperty("shixian.reference", "../../../shared/reference/holidays"),
                "cn", "2027.json");
        String json = Files.readString(placeholder);

        assertThat(json).contains("\"days\": []");
        assertThatThrownBy(() -> BUNDLED.withNotice(json)).isInstanceOf(CalendarException.InvalidNotice.class)
                .hasMessageContaining("placeholder");
        assertThat(BUNDLED.isProvisional(2027, RegionCode.NATIONAL)).isTrue();
        assertThat(national(BUNDLED, LocalDate.of(2026, 12, 2))).extracting(MissingNotice::year).containsExactly(2027);
    }

    @Test
    void aRegionalLayersNoticeIsDueOnceItsYearHasBegun() {
        // as regional-holidays.json has them: 2025 official for 65 and 5401; 64's 2025 only from a
        // third-party dataset, which is not final; 45, 5134 and 5329 without a 2025 entry
        assertThat(regional(BUNDLED, LocalDate.of(2025, 6, 1))).extracting(MissingNotice::region)
                .containsExactly("45", "64", "5134", "5329");
        // 2026: 5401 has a news report of its notice; 45, 64 and 65 only third-party datasets
        assertThat(regional(BUNDLED, LocalDate.of(2026, 1, 1)))
                .contains(new MissingNotice("65", 2026, LocalDate.of(2026, 1, 1)))
                .extracting(MissingNotice::region).containsExactly("45", "64", "65", "5134", "5329");
        assertThat(NoticeSeason.regions(BUNDLED)).containsExactly("CN", "45", "64", "65", "5134", "5329", "5401");
    }

    private static List<MissingNotice> national(WorkingDayCalendar calendar, LocalDate today) {
        return NoticeSeason.missing(calendar, today).stream().filter(m -> m.region().equals("CN")).toList();
    }

    private static List<MissingNotice> regional(WorkingDayCalendar calendar, LocalDate today) {
        return NoticeSeason.missing(calendar, today).stream().filter(m -> !m.region().equals("CN")).toList();
    }
}
