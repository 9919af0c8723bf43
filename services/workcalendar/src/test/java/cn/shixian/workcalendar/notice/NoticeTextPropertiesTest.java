package cn.shixian.workcalendar.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.workcalendar.RegionCode;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Any range and make-up day written the State Council's way reads back as exactly those days. */
class NoticeTextPropertiesTest {

    private static final String WEEKDAYS = "一二三四五六日";

    @Property(tries = 300)
    void aRangeAndAWorkingDayReadAsWritten(@ForAll @IntRange(min = 2001, max = 2099) int year,
                                           @ForAll @IntRange(min = 0, max = 364) int firstDay,
                                           @ForAll @IntRange(min = 1, max = 10) int length,
                                           @ForAll @IntRange(min = 1, max = 20) int workingAfter) {
        LocalDate first = LocalDate.of(year, 1, 1).plusDays(firstDay);
        LocalDate last = first.plusDays(length - 1);
        LocalDate working = last.plusDays(workingAfter);
        String line = "一、春节：" + written(first, year) + (length == 1 ? "" : "至" + written(last, year))
                + "放假调休，共" + length + "天。" + written(working, year) + "上班。";

        ReadNotice notice = NoticeText.read(line, RegionCode.NATIONAL, year);

        assertThat(notice.days()).hasSize(length + 1);
        assertThat(notice.days().getFirst().date()).isEqualTo(first);
        assertThat(notice.days().get(length - 1).date()).isEqualTo(last);
        assertThat(notice.days().getLast()).isEqualTo(new ReadDay(working, "春节", DayChange.WORKING, 1));
        assertThat(notice.days().subList(0, length)).allMatch(d -> d.change() == DayChange.OFF && d.name().equals("春节"));
    }

    /** "1月5日（周三）", with the year when it is not the notice's. */
    private static String written(LocalDate day, int noticeYear) {
        return (day.getYear() == noticeYear ? "" : day.getYear() + "年") + day.getMonthValue() + "月" + day.getDayOfMonth()
                + "日（周" + WEEKDAYS.charAt(day.getDayOfWeek().getValue() - 1) + "）";
    }
}
