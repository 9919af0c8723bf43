package cn.shixian.alerting.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The days of a trend and the instants they are counted at. */
class TrendWindowTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void eachPastDayEndsAtMidnightInTheZoneAndTodayNow() {
        TrendWindow window = TrendWindow.of(Instant.parse("2026-09-30T02:00:00.123456789Z"), SHANGHAI, 3);
        assertThat(window.first()).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(window.today()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(window.bounds()).containsExactly(Instant.parse("2026-09-28T16:00:00Z"),
                Instant.parse("2026-09-29T16:00:00Z"), Instant.parse("2026-09-30T02:00:00.123457Z"));
        assertThat(window.boundsLiteral())
                .isEqualTo("{2026-09-28T16:00:00Z,2026-09-29T16:00:00Z,2026-09-30T02:00:00.123457Z}");
    }

    @Test
    void todayIsTheDateInTheZoneNotInUtc() {
        // 23:30 UTC on the 29th is 07:30 on the 30th in Shanghai
        TrendWindow window = TrendWindow.of(Instant.parse("2026-09-29T23:30:00Z"), SHANGHAI, 1);
        assertThat(window.today()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(window.first()).isEqualTo(window.today());
        assertThat(window.bounds()).containsExactly(Instant.parse("2026-09-29T23:30:00.000001Z"));
    }
}
