package cn.shixian.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartz.Calendar;

/** The Quartz calendar of working days (工作日), on the bundled 2025 State Council notice. */
class WorkingDayQuartzCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final WorkingDayQuartzCalendar calendar = new WorkingDayQuartzCalendar(SHANGHAI, List.of());

    @Test
    void includesTheMakeUpWorkingSundayBeforeNationalDay() {
        assertThat(calendar.isTimeIncluded(millis("2025-09-28T09:00:00+08:00"))).isTrue();
    }

    @Test
    void excludesNationalDayAndAPlainSaturday() {
        assertThat(calendar.isTimeIncluded(millis("2025-10-01T09:00:00+08:00"))).isFalse();
        assertThat(calendar.isTimeIncluded(millis("2025-10-08T09:00:00+08:00"))).isFalse();
        assertThat(calendar.isTimeIncluded(millis("2025-09-20T09:00:00+08:00"))).isFalse();
        assertThat(calendar.isTimeIncluded(millis("2025-09-22T09:00:00+08:00"))).isTrue();
    }

    @Test
    void decidesByTheDateInShanghaiNotInUtc() {
        // 2025-09-27T17:00Z is Sunday 01:00 in Beijing: the make-up working day, though Saturday in UTC
        assertThat(calendar.isTimeIncluded(millis("2025-09-27T17:00:00Z"))).isTrue();
        assertThat(calendar.isTimeIncluded(millis("2025-09-30T16:30:00Z"))).isFalse();
    }

    @Test
    void nextIncludedTimeAfterAHolidayIsTheStartOfTheNextWorkingDay() {
        assertThat(calendar.getNextIncludedTime(millis("2025-10-01T09:00:00+08:00")))
                .isEqualTo(millis("2025-10-09T00:00:00+08:00"));
        long workingTime = millis("2025-09-29T10:00:00+08:00");
        assertThat(calendar.getNextIncludedTime(workingTime)).isEqualTo(workingTime);
    }

    @Test
    void survivesTheJdbcJobStoresSerialization() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(calendar);
        }
        Calendar restored;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (Calendar) in.readObject();
        }
        assertThat(restored.isTimeIncluded(millis("2025-09-28T09:00:00+08:00"))).isTrue();
        assertThat(restored.isTimeIncluded(millis("2025-10-02T09:00:00+08:00"))).isFalse();
    }

    static long millis(String instant) {
        return OffsetDateTime.parse(instant).toInstant().toEpochMilli();
    }
}
