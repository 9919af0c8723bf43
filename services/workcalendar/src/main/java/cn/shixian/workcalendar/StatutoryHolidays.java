package cn.shixian.workcalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The statutory days off of a year whose State Council notice is not loaded, computed from
 * 《全国年节及纪念日放假办法》 as in force that year. From 2025 (国务院令第795号): 元旦 1, 春节 4 from
 * 除夕, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3; before: 春节 3 from 初一, 劳动节 1. A holiday on a
 * weekend is made up on the next working weekday (补假, art. 6); no 调休 make-up working days are
 * assumed, as only a notice can announce them.
 */
final class StatutoryHolidays {

    private static final int REVISION_2025 = 2025;

    private StatutoryHolidays() {
    }

    static List<NoticeDay> of(int year) {
        List<NoticeDay> days = new ArrayList<>();
        add(days, "元旦", LocalDate.of(year, 1, 1), 1);
        LocalDate springFestival = year >= REVISION_2025 ? LunarDates.chineseNewYearsEve(year) : LunarDates.chinese(year, 1, 1);
        add(days, "春节", springFestival, year >= REVISION_2025 ? 4 : 3);
        add(days, "清明节", LunarDates.qingming(year), 1);
        add(days, "劳动节", LocalDate.of(year, 5, 1), year >= REVISION_2025 ? 2 : 1);
        add(days, "端午节", LunarDates.chinese(year, 5, 5), 1);
        add(days, "中秋节", LunarDates.chinese(year, 8, 15), 1);
        add(days, "国庆节", LocalDate.of(year, 10, 1), 3);
        return makeUpWeekendHolidays(days);
    }

    private static void add(List<NoticeDay> days, String name, LocalDate first, int count) {
        for (int i = 0; i < count; i++) {
            days.add(new NoticeDay(first.plusDays(i), name, true));
        }
    }

    /** 补假: each holiday on a Saturday or Sunday gives the next free weekday off. */
    private static List<NoticeDay> makeUpWeekendHolidays(List<NoticeDay> holidays) {
        List<NoticeDay> all = new ArrayList<>(holidays);
        Set<LocalDate> taken = new java.util.HashSet<>(holidays.stream().map(NoticeDay::date).toList());
        for (NoticeDay holiday : holidays) {
            if (isWeekend(holiday.date())) {
                LocalDate makeUp = holiday.date();
                while (isWeekend(makeUp) || taken.contains(makeUp)) {
                    makeUp = makeUp.plusDays(1);
                }
                taken.add(makeUp);
                all.add(new NoticeDay(makeUp, holiday.name() + "补假", true));
            }
        }
        return all;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
