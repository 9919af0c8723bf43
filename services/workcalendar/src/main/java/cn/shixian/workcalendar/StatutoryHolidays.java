package cn.shixian.workcalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The statutory days off of a year whose State Council notice is not loaded, computed from the
 * {@link HolidayLaw} in force that year. A holiday on a Saturday or Sunday is made up on the next
 * free weekday (补假, as the law provides: 适逢星期六、星期日，应当在工作日补假). No make-up working
 * days (调休上班): only a notice announces those, and they move days off without changing their number.
 */
final class StatutoryHolidays {

    private StatutoryHolidays() {
    }

    static List<NoticeDay> of(int year) {
        List<NoticeDay> days = new ArrayList<>();
        for (HolidayLaw.StatutoryHoliday holiday : HolidayLaw.inForce(year).holidays()) {
            LocalDate first = holiday.firstDay().in(year).getFirst();
            for (int i = 0; i < holiday.days(); i++) {
                days.add(new NoticeDay(first.plusDays(i), holiday.name(), true));
            }
        }
        return withWeekendHolidaysMadeUp(days);
    }

    /**
     * 补假: each holiday on a weekend, or on a day another holiday already has (中秋 on 10-01), gives
     * the next weekday that is not already off, so a year keeps its number of working days off.
     */
    private static List<NoticeDay> withWeekendHolidaysMadeUp(List<NoticeDay> holidays) {
        Set<LocalDate> taken = new HashSet<>();
        List<NoticeDay> toMakeUp = new ArrayList<>();
        for (NoticeDay holiday : holidays) {
            if (!taken.add(holiday.date()) || isWeekend(holiday.date())) {
                toMakeUp.add(holiday);
            }
        }
        List<NoticeDay> all = new ArrayList<>(holidays);
        for (NoticeDay holiday : toMakeUp) {
            LocalDate makeUp = holiday.date();
            while (isWeekend(makeUp) || taken.contains(makeUp)) {
                makeUp = makeUp.plusDays(1);
            }
            taken.add(makeUp);
            all.add(new NoticeDay(makeUp, holiday.name() + "补假", true));
        }
        return all;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
