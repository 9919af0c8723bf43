package cn.shixian.alerting.obligation;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void countsDueSoonAndEscalationInWorkingDaysAroundAHoliday() {
        // due Tuesday 2025-10-28
        TransitionTimes times = TransitionTimes.of(LocalDate.of(2025, 10, 28), "110101", CALENDAR, BEIJING, 3, 5);

        // [Fri 24, Tue 28] holds Fri 24, Mon 27, Tue 28: 3 left, due soon; from Thu 23 it would be 4
        assertThat(times.dueSoonAt()).isEqualTo(at("2025-10-24T00:00:00+08:00"));
        assertThat(times.dueAt()).isEqualTo(at("2025-10-29T00:00:00+08:00"));
        // 5 working days after Tue 28: 29, 30, 31, Mon 3, Tue 4
        assertThat(times.escalateAt()).isEqualTo(at("2025-11-04T00:00:00+08:00"));
    }

    @Test
    void aHolidayBeforeTheDueDateIsNotALeftDay() {
        // due Thu 2025-10-09, after 国庆 (1-8 Oct off, Sat 11 Oct a make-up working day)
        TransitionTimes times = TransitionTimes.of(LocalDate.of(2025, 10, 9), "110101", CALENDAR, BEIJING, 3, 5);

        // [Sep 30, Oct 9] holds Sep 30 and Oct 9: 2; Sep 29 adds a third; Sep 28 (make-up Sunday) a fourth
        assertThat(times.dueSoonAt()).isEqualTo(at("2025-09-29T00:00:00+08:00"));
        // 10, 11 (make-up Saturday), 13, 14, 15
        assertThat(times.escalateAt()).isEqualTo(at("2025-10-15T00:00:00+08:00"));
    }

    @Test
    void workingDaysLeftCountsTodayAndTheDueDay() {
        assertThat(TransitionTimes.workingDaysLeft(LocalDate.of(2025, 10, 28), LocalDate.of(2025, 10, 28),
                cn.shixian.workcalendar.RegionCode.of("110101"), CALENDAR)).isEqualTo(1);
        assertThat(TransitionTimes.workingDaysLeft(LocalDate.of(2025, 10, 25), LocalDate.of(2025, 10, 28),
                cn.shixian.workcalendar.RegionCode.of("110101"), CALENDAR)).isEqualTo(2);
    }

    @Test
    void movesBackButNeverForward() {
        TransitionTimes times = TransitionTimes.of(LocalDate.of(2025, 10, 28), "110101", CALENDAR, BEIJING, 3, 5);
        Instant before = at("2025-10-20T12:00:00+08:00");
        Instant afterDue = at("2025-10-30T12:00:00+08:00");

        assertThat(ObligationState.OVERDUE.movedBackFor(times, before)).isEqualTo(ObligationState.OPEN);
        assertThat(ObligationState.OPEN.movedBackFor(times, afterDue)).isEqualTo(ObligationState.OPEN);
        assertThat(ObligationState.ESCALATED.movedBackFor(times, afterDue)).isEqualTo(ObligationState.OVERDUE);
        assertThat(ObligationState.MET.movedBackFor(times, before)).isEqualTo(ObligationState.MET);
    }

    private static Instant at(String time) {
        return OffsetDateTime.parse(time).toInstant();
    }
}
