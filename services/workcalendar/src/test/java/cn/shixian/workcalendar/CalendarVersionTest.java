package cn.shixian.workcalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The calendar version names the content a result depends on, the same in every run. */
class CalendarVersionTest {

    private static final WorkingDayCalendar BUNDLED = WorkingDayCalendar.bundled();

    @Test
    void isTheSameForTheSameDataBuiltAgain() {
        WorkingDayCalendar rebuilt = WorkingDayCalendar.of(BUNDLED.overlays(), BUNDLED.notices());

        assertThat(rebuilt).isNotSameAs(BUNDLED);
        assertThat(rebuilt.version()).isEqualTo(BUNDLED.version());
        assertThat(rebuilt.version(RegionCode.of("65"))).isEqualTo(BUNDLED.version(RegionCode.of("65")));
    }

    /**
     * Pinned: stored due dates name these versions. If this fails, the bundled calendar's days
     * changed (new data, new rules, another ICU4J): intended or not, say so in the change.
     */
    @Test
    void ofTheBundledCalendarIsPinned() {
        assertThat(BUNDLED.version(RegionCode.NATIONAL).value()).isEqualTo("cal-76937e33c27640f3");
        assertThat(BUNDLED.version(RegionCode.of("65")).value()).isEqualTo("cal-27a41355e08ce391");
        assertThat(BUNDLED.version(RegionCode.of("45")).value()).isEqualTo("cal-48bb8ec232221d3d");
        assertThat(BUNDLED.version(RegionCode.of("64")).value()).isEqualTo("cal-3e8eaa72b8d56a5e");
        assertThat(BUNDLED.version(RegionCode.of("5401")).value()).isEqualTo("cal-813a68fef442c2bd");
        assertThat(BUNDLED.version(RegionCode.of("5134")).value()).isEqualTo("cal-3feedff9992f1f26");
        assertThat(BUNDLED.version(RegionCode.of("5329")).value()).isEqualTo("cal-825ad24d77c17dcf");
    }

    @Test
    void looksLikeAVersion() {
        assertThat(BUNDLED.version().value()).matches("cal-[0-9a-f]{16}");
        assertThatThrownBy(() -> new CalendarVersion("v1")).isInstanceOf(IllegalArgumentException.class);
    }
}
