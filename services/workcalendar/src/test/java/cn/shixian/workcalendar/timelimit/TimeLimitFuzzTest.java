package cn.shixian.workcalendar.timelimit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Fuzzes {@link TimeLimitParser#read} (schedules through {@link ScheduleReader}) on any text, then
 * counts the first due date of what it read (docs/reliability.md, "Fuzzing"). The parser never
 * throws: a text it cannot read is unparsed, with the default 20 working days and a problem; the
 * count refuses only a due date outside the calendar ({@link CalendarException.OutOfRange}).
 * Seeds and past findings: {@code TimeLimitFuzzTestInputs/readsAnyText}.
 */
class TimeLimitFuzzTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();
    private static final LocalDate CHANGED_ON = LocalDate.of(2025, 9, 24);
    private static final RegionCode HAMI = RegionCode.of("650500");

    @FuzzTest
    void readsAnyText(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);

        TimeLimitReading reading = TimeLimitParser.read(text);

        assertThat(reading.text()).isSameAs(text);
        if (reading.unparsed()) {
            assertThat(reading.days()).isEqualTo(TimeLimitParser.DEFAULT_WORKING_DAYS);
        }
        assertThat(reading.summary()).isNotBlank();
        try {
            reading.firstDue(CHANGED_ON, CALENDAR, HAMI)
                    .ifPresent(first -> assertThat(first.due().date()).isAfterOrEqualTo(CHANGED_ON));
        } catch (CalendarException.OutOfRange beyondTheCalendar) {
            assertThat(beyondTheCalendar).hasMessageContaining(WorkingDayCalendar.LAST_DAY.toString());
        }
    }
}
