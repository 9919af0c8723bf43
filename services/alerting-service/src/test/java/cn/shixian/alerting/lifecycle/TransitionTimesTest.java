package cn.shixian.alerting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** When an obligation turns due soon, overdue and escalated, on the real calendar (K = 3, E = 5). */
class TransitionTimesTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();
    private static final RegionCode BEIJING_CITY = RegionCode.of("110101");

    @Test
    void countsDueSoonAndEscalationInWorkingDaysAroundAHoliday() {
        // due Tuesday 2025-10-28
        TransitionTimes times = TransitionTimes.of(LocalDate.of(2025, 10, 28), BEIJING_CITY, CALENDAR, BEIJING, 3, 5);

        // [Fri 24, Tue 28] holds Fri 24, Mon 27, Tue 28: 3 left, due soon; from Thu 23 it would be 4
        assertThat(times.dueSoonAt()).isEqualTo(at("2025-10-24T00:00:00+08:00"));
        assertThat(times.dueAt()).isEqualTo(at("2025-10-29T00:00:00+08:00"));
        // 5 working days after Tue 28: 29, 30, 31, Mon 3, Tue 4
        assertThat(times.escalateAt()).isEqualTo(at("2025-11-04T00:00:00+08:00"));
    }

    @Test
    void aHolidayBeforeTheDueDateIsNotALeftDay() {
        // due Thu 2025-10-09, after 国庆 (1-8 Oct off, Sat 11 Oct a make-up working day)
        TransitionTimes times = TransitionTimes.of(LocalDate.of(2025, 10, 9), BEIJING_CITY, CALENDAR, BEIJING, 3, 5);

        // [Sep 30, Oct 9] holds Sep 30 and Oct 9: 2; Sep 29 adds a third; Sep 28 (make-up Sunday) a fourth
        assertThat(times.dueSoonAt()).isEqualTo(at("2025-09-29T00:00:00+08:00"));
        // 10, 11 (make-up Saturday), 13, 14, 15
        assertThat(times.escalateAt()).isEqualTo(at("2025-10-15T00:00:00+08:00"));
    }

    @Test
    void workingDaysLeftCountsTodayAndTheDueDay() {
        assertThat(TransitionTimes.workingDaysLeft(LocalDate.of(2025, 10, 28), LocalDate.of(2025, 10, 28),
                BEIJING_CITY, CALENDAR)).isEqualTo(1);
        assertThat(TransitionTimes.workingDaysLeft(LocalDate.of(2025, 10, 25), LocalDate.of(2025, 10, 28),
                BEIJING_CITY, CALENDAR)).isEqualTo(2);
    }

    @Test
    void eachInstantIsTheFirstOfItsClockPosition() {
        TransitionTimes times = TransitionTimes.of(LocalDate.of(2025, 10, 28), BEIJING_CITY, CALENDAR, BEIJING, 3, 5);

        assertThat(ClockPosition.at(times, times.dueSoonAt().minusNanos(1))).isEqualTo(ClockPosition.BEFORE_DUE_SOON);
        assertThat(ClockPosition.at(times, times.dueSoonAt())).isEqualTo(ClockPosition.IN_DUE_SOON);
        assertThat(ClockPosition.at(times, times.dueAt().minusNanos(1))).isEqualTo(ClockPosition.IN_DUE_SOON);
        assertThat(ClockPosition.at(times, times.dueAt())).isEqualTo(ClockPosition.PAST_DUE);
        assertThat(ClockPosition.at(times, times.escalateAt().minusNanos(1))).isEqualTo(ClockPosition.PAST_DUE);
        assertThat(ClockPosition.at(times, times.escalateAt())).isEqualTo(ClockPosition.PAST_ESCALATION);
    }

    private static Instant at(String time) {
        return OffsetDateTime.parse(time).toInstant();
    }
}
