package cn.shixian.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerUtils;
import org.quartz.spi.OperableTrigger;

/** The digest's trigger with the working-day calendar: which mornings it fires on around 国庆 2025. */
class DigestScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final JobDetail job = new DigestSchedule().notifyDigestJob();
    private final Trigger trigger = DigestSchedule.dailyOnWorkingDays(job, LocalTime.of(9, 0), SHANGHAI,
            date("2025-09-01T00:00:00+08:00"));
    private final WorkingDayQuartzCalendar workingDays = new WorkingDayQuartzCalendar(SHANGHAI, List.of());

    @Test
    void firesAt0900OnWorkingDaysIncludingMakeUpDaysAndNotDuringNationalDay() {
        List<Date> fires = TriggerUtils.computeFireTimesBetween((OperableTrigger) trigger, workingDays,
                date("2025-09-26T00:00:00+08:00"), date("2025-10-13T23:59:59+08:00"));

        assertThat(fires).containsExactly(
                date("2025-09-26T09:00:00+08:00"),  // Friday
                date("2025-09-28T09:00:00+08:00"),  // Sunday, 调休上班
                date("2025-09-29T09:00:00+08:00"),
                date("2025-09-30T09:00:00+08:00"),
                // 2025-10-01..08 国庆节、中秋节: none
                date("2025-10-09T09:00:00+08:00"),
                date("2025-10-10T09:00:00+08:00"),
                date("2025-10-11T09:00:00+08:00"),  // Saturday, 调休上班
                date("2025-10-13T09:00:00+08:00"));
    }

    @Test
    void theNextFireAfterTheLastDayBeforeTheHolidayIsTheNinth() {
        List<Date> next = TriggerUtils.computeFireTimesBetween((OperableTrigger) trigger, workingDays,
                date("2025-09-30T09:00:01+08:00"), date("2025-10-31T00:00:00+08:00"));
        assertThat(next.getFirst()).isEqualTo(date("2025-10-09T09:00:00+08:00"));
    }

    @Test
    void usesTheWorkingDaysCalendarAndTheZone() {
        assertThat(trigger.getCalendarName()).isEqualTo(DigestSchedule.CALENDAR);
        assertThat(trigger.getFireTimeAfter(date("2025-09-30T01:00:00Z"))).isEqualTo(date("2025-10-01T09:00:00+08:00"));
    }

    private static Date date(String instant) {
        return Date.from(OffsetDateTime.parse(instant).toInstant());
    }
}
