package cn.shixian.standalone.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.standalone.pipeline.RecountNotice.DueGroup;
import cn.shixian.workcalendar.NoticeReader;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The million phase's notice and sweep reading (pure logic, the bundled calendar). */
class RecountNoticeTest {

    private static final List<RegionCode> REGIONS = Arrays.stream(EventMix.REGIONS).map(RegionCode::of).toList();
    private static final WorkingDayCalendar BUNDLED = WorkingDayCalendar.bundled();

    @Test
    void correctsANoticedYearWithAWorkingDayInsideEveryWindowMadeADayOff() {
        // items created on 3 December 2026 are due on 31 December (20 working days, the start day not counted)
        RecountNotice notice = RecountNotice.choose(BUNDLED, LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 31), REGIONS);

        assertThat(notice.holiday()).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(notice.correction()).isTrue();
        var loaded = NoticeReader.notice(notice.json());
        assertThat(loaded.year()).isEqualTo(2026);
        assertThat(loaded.days()).hasSize(BUNDLED.notice(RegionCode.NATIONAL, 2026).orElseThrow().days().size() + 1);
        assertThat(BUNDLED.withCorrectedNotice(loaded).isWorkingDay(LocalDate.of(2026, 12, 17), RegionCode.of("650500"))
                .workingDay()).isFalse();

        Map<DueGroup, Long> open = Map.of(new DueGroup("650500", LocalDate.of(2026, 12, 31)), 10L,
                new DueGroup("360702", LocalDate.of(2026, 12, 31)), 5L,
                new DueGroup("650500", LocalDate.of(2026, 11, 20)), 3L);
        assertThat(notice.moved(open)).isEqualTo(15);
        // 1 January is 元旦, then a weekend: the next working day is 4 January 2027
        assertThat(notice.expected(open)).isEqualTo(Map.of(new DueGroup("650500", LocalDate.of(2027, 1, 4)), 10L,
                new DueGroup("360702", LocalDate.of(2027, 1, 4)), 5L,
                new DueGroup("650500", LocalDate.of(2026, 11, 20)), 3L));
    }

    @Test
    void givesAProvisionalYearItsFirstNoticeAsTheCalendarCountsItPlusTheDay() {
        RecountNotice notice = RecountNotice.choose(BUNDLED, LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 2), REGIONS);

        assertThat(notice.correction()).isFalse();
        assertThat(notice.holiday().getYear()).isEqualTo(2027);
        for (LocalDate d = LocalDate.of(2027, 1, 1); d.getYear() == 2027; d = d.plusDays(1)) {
            assertThat(notice.after().isWorkingDay(d, RegionCode.NATIONAL).workingDay())
                    .as(d.toString()).isEqualTo(!d.equals(notice.holiday()) && BUNDLED.isWorkingDay(d, RegionCode.NATIONAL).workingDay());
        }
    }

    @Test
    void readsTheSweepTimerFromThePrometheusExposition() {
        SweepWatch.Reading reading = SweepWatch.parse("""
                # HELP shixian_sweep_seconds One sweep over all open obligations
                shixian_sweep_seconds_bucket{application="alerting-service",le="0.5"} 3
                shixian_sweep_seconds_count{application="alerting-service"} 4
                shixian_sweep_seconds_sum{application="alerting-service"} 1.25
                shixian_sweep_seconds_max{application="alerting-service"} 0.75
                """);
        assertThat(reading).isEqualTo(new SweepWatch.Reading(4, 1.25, 0.75));
    }
}
