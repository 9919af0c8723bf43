package cn.shixian.workcalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loading notices at runtime: copy-on-write, new versions, and rejected data named by date. */
class NoticeLoadingTest {

    private static final WorkingDayCalendar BUNDLED = WorkingDayCalendar.bundled();
    private static final RegionCode NATIONAL = RegionCode.NATIONAL;

    /** A made-up 2027 notice in the holiday-cn per-year format (not the real one, which is not out). */
    private static final String NOTICE_2027 = """
            {"year": 2027, "papers": ["https://example.invalid/2027-notice"],
             "days": [
               {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
               {"name": "春节", "date": "2027-02-05", "isOffDay": true},
               {"name": "春节", "date": "2027-02-08", "isOffDay": true},
               {"name": "春节", "date": "2027-02-09", "isOffDay": true},
               {"name": "春节", "date": "2027-02-10", "isOffDay": true},
               {"name": "春节", "date": "2027-02-11", "isOffDay": true},
               {"name": "春节", "date": "2027-02-12", "isOffDay": true},
               {"name": "春节", "date": "2027-02-20", "isOffDay": false}
             ]}
            """;

    @Test
    void loadsAHolidayCnYearIntoANewCalendarWithANewVersion() {
        WorkingDayCalendar loaded = BUNDLED.withNotice(NOTICE_2027);

        DueDate due = loaded.due(LocalDate.of(2027, 2, 4), 1, NATIONAL);
        assertThat(due.date()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(due.provisional()).isFalse();
        assertThat(due.calendarVersion()).isNotEqualTo(BUNDLED.version(NATIONAL));
        assertThat(loaded.isWorkingDay(LocalDate.of(2027, 2, 20), NATIONAL).workingDay()).isTrue();
        assertThat(loaded.notices()).hasSize(BUNDLED.notices().size() + 1);
        // the calendar it came from is unchanged
        assertThat(BUNDLED.due(LocalDate.of(2027, 2, 4), 1, NATIONAL).provisional()).isTrue();
        assertThat(BUNDLED.isWorkingDay(LocalDate.of(2027, 2, 20), NATIONAL).workingDay()).isFalse();
    }

    @Test
    void loadingTheSameNoticeAgainChangesNothing() {
        WorkingDayCalendar loaded = BUNDLED.withNotice(NOTICE_2027);

        assertThat(loaded.withNotice(NOTICE_2027)).isSameAs(loaded);
    }

    @Test
    void rejectsADifferentNoticeForALoadedYearButAcceptsItAsACorrection() {
        WorkingDayCalendar loaded = BUNDLED.withNotice(NOTICE_2027);
        HolidayNotice corrected = NoticeReader.notice(NOTICE_2027.replace("2027-02-12", "2027-02-04"));

        assertThatThrownBy(() -> loaded.withNotice(corrected)).isInstanceOf(CalendarException.InvalidNotice.class)
                .hasMessageContaining("2027-02-04 (not listed → off)").hasMessageContaining("2027-02-12 (off → not listed)");
        WorkingDayCalendar fixed = loaded.withCorrectedNotice(corrected);
        assertThat(fixed.isWorkingDay(LocalDate.of(2027, 2, 12), NATIONAL).workingDay()).isTrue();
        assertThat(fixed.version(NATIONAL)).isNotEqualTo(loaded.version(NATIONAL));
    }

    @Test
    void rejectsANoticeThatContradictsAnotherYearsNoticeNamingTheDate() {
        // the 2019 notice makes 2018-12-29 a working day
        String contradicting = """
                {"year": 2018, "papers": [], "days": [{"name": "元旦", "date": "2018-12-29", "isOffDay": true}]}
                """;

        assertThatThrownBy(() -> BUNDLED.withCorrectedNotice(NoticeReader.notice(contradicting)))
                .isInstanceOf(CalendarException.InvalidNotice.class)
                .hasMessageContaining("2018-12-29 (off in State Council notice 2018, working in State Council notice 2019)");
    }

    @Test
    void rejectsARegionalWorkingDayOnANationalHoliday() {
        HolidayNotice regional = new HolidayNotice(RegionCode.of("65"), 2027, "test", "official",
                List.of(new NoticeDay(LocalDate.of(2027, 1, 1), "test", false)));

        assertThatThrownBy(() -> BUNDLED.withNotice(NOTICE_2027).withNotice(regional))
                .isInstanceOf(CalendarException.InvalidNotice.class).hasMessageContaining("2027-01-01");
        assertThatThrownBy(() -> BUNDLED.withNotice(new HolidayNotice(RegionCode.of("46"), 2027, "", "", regional.days())))
                .isInstanceOf(CalendarException.InvalidNotice.class).hasMessageContaining("no regional overlay");
    }

    @Test
    void rejectsNoticesThatContradictThemselvesOrSayNothing() {
        String twice = """
                {"year": 2027, "papers": [], "days": [{"name": "a", "date": "2027-05-03", "isOffDay": true},
                                                      {"name": "b", "date": "2027-05-03", "isOffDay": false}]}
                """;
        // holiday-cn's file for a year whose notice is not out yet
        String placeholder = """
                {"year": 2027, "papers": [], "days": []}
                """;
        String farAway = """
                {"year": 2027, "papers": [], "days": [{"name": "a", "date": "2030-05-03", "isOffDay": true}]}
                """;

        assertThatThrownBy(() -> NoticeReader.notice(twice)).isInstanceOf(CalendarException.InvalidNotice.class)
                .hasMessageContaining("2027-05-03 is listed both as a day off and as a working day");
        assertThatThrownBy(() -> NoticeReader.notice(placeholder)).isInstanceOf(CalendarException.InvalidNotice.class)
                .hasMessageContaining("lists no days");
        assertThatThrownBy(() -> NoticeReader.notice(farAway)).isInstanceOf(CalendarException.InvalidNotice.class)
                .hasMessageContaining("2030-05-03");
    }

    @Test
    void rejectsJsonThatIsNotANotice() {
        assertThatThrownBy(() -> NoticeReader.notice("{not json")).isInstanceOf(CalendarException.InvalidNotice.class);
        assertThatThrownBy(() -> NoticeReader.notice("{\"days\": []}")).isInstanceOf(CalendarException.InvalidNotice.class)
                .hasMessageContaining("'year'");
        assertThatThrownBy(() -> NoticeReader.notice("""
                {"year": 2027, "days": [{"date": "2027-13-01", "isOffDay": true}]}
                """)).isInstanceOf(CalendarException.InvalidNotice.class).hasMessageContaining("2027-13-01");
        assertThatThrownBy(() -> NoticeReader.notice("""
                {"year": 2027, "days": [{"date": "2027-01-01", "isOffDay": "yes"}]}
                """)).isInstanceOf(CalendarException.InvalidNotice.class).hasMessageContaining("isOffDay");
        assertThatThrownBy(() -> NoticeReader.notice("""
                {"year": 1999, "days": [{"date": "1999-01-01", "isOffDay": true}]}
                """)).isInstanceOf(CalendarException.InvalidNotice.class).hasMessageContaining("supported years");
    }

    @Test
    void readsTheRegionalFormatWithItsSourceAndConfidence() {
        HolidayNotice notice = NoticeReader.notice("""
                {"region": "65", "year": 2024, "source": "https://example.invalid/xj-2024", "confidence": "official",
                 "days": [{"date": "2024-04-10", "name": "肉孜节", "isOffDay": true}]}
                """);

        assertThat(notice.region()).isEqualTo(RegionCode.of("65"));
        assertThat(notice.source()).isEqualTo("https://example.invalid/xj-2024");
        WorkingDayCalendar loaded = BUNDLED.withNotice(notice);
        assertThat(loaded.isProvisional(2024, RegionCode.of("65"))).isFalse();
        assertThat(loaded.version(RegionCode.of("65"))).isNotEqualTo(BUNDLED.version(RegionCode.of("65")));
        assertThat(loaded.version(NATIONAL)).isEqualTo(BUNDLED.version(NATIONAL));
    }
}
