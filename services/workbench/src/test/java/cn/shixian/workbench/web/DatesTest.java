package cn.shixian.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void chineseDatesCarryTheWeekdayAsOfficersWriteThem() {
        assertThat(Dates.date(LocalDate.of(2025, 10, 28), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2025年10月28日（周二）");
        assertThat(Dates.date(LocalDate.of(2025, 9, 28), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2025年9月28日（周日）");
        assertThat(Dates.monthDay(LocalDate.of(2025, 10, 1), Locale.SIMPLIFIED_CHINESE)).isEqualTo("10月1日");
    }

    @Test
    void englishDatesAreShortAndUnambiguous() {
        assertThat(Dates.date(LocalDate.of(2025, 10, 28), Locale.ENGLISH)).isEqualTo("Tue 28 Oct 2025");
    }

    @Test
    void timesAreShownInTheRegionsZone() {
        Instant midnightUtc = Instant.parse("2025-10-28T16:30:00Z");
        assertThat(Dates.dateTime(midnightUtc, ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("2025年10月29日（周三） 00:30");
    }
}
