package cn.shixian.workcalendar.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.HolidayNotice;
import cn.shixian.workcalendar.NoticeReader;
import cn.shixian.workcalendar.RegionCode;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link NoticeText#read} on any text, as the national and as a regional notice, and loads
 * what it read the way the deadline-service does ({@link NoticeJson}, then {@link NoticeReader}):
 * either the text is refused as {@link UnreadableNotice} naming its lines, or its days load, or the
 * notice is refused as {@link CalendarException.InvalidNotice} (a year outside the calendar);
 * never anything else (docs/reliability.md, "Fuzzing"). Seeds: {@code NoticeTextFuzzTestInputs/readsAnyNotice}.
 */
class NoticeTextFuzzTest {

    private static final RegionCode XINJIANG = RegionCode.of("65");

    @FuzzTest
    void readsAnyNotice(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        readAndLoad(text, RegionCode.NATIONAL);
        readAndLoad(text, XINJIANG);
    }

    private static void readAndLoad(String text, RegionCode region) {
        ReadNotice read;
        try {
            read = NoticeText.read(text, region);
        } catch (UnreadableNotice refused) {
            assertThat(refused.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.line()).isPositive();
                assertThat(problem.problem()).isNotBlank();
            });
            return;
        }
        assertThat(read.days()).isNotEmpty();
        try {
            HolidayNotice notice = NoticeReader.notice(NoticeJson.of(read, "", null).toString());
            assertThat(notice.days()).hasSameSizeAs(read.days());
        } catch (CalendarException.InvalidNotice outsideTheCalendar) {
            assertThat(outsideTheCalendar.getMessage()).isNotBlank();
        }
    }
}
