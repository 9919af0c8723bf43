package cn.shixian.deadline.calendar;

import cn.shixian.workcalendar.HolidayNotice;
import cn.shixian.workcalendar.NoticeDay;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What loading a notice changes (通知变更): the notice days it adds and removes against the loaded
 * notice of its region and year (all its days for a first notice), and the days of its region
 * that become days off or working days, over the notice's year and the neighbouring months a
 * notice may name (December before, January after).
 */
record NoticeChanges(List<Day> added, List<Day> removed, List<LocalDate> nowOff, List<LocalDate> nowWorking) {

    /** One notice day as holiday-cn writes it. */
    record Day(LocalDate date, String name, boolean isOffDay) {

        static Day of(NoticeDay day) {
            return new Day(day.date(), day.name(), day.offDay());
        }
    }

    static NoticeChanges of(HolidayNotice notice, WorkingDayCalendar before, WorkingDayCalendar after) {
        Set<Day> loaded = before.notices().stream()
                .filter(n -> n.region().equals(notice.region()) && n.year() == notice.year())
                .flatMap(n -> n.days().stream()).map(Day::of).collect(Collectors.toSet());
        Set<Day> incoming = notice.days().stream().map(Day::of).collect(Collectors.toSet());
        List<LocalDate> nowOff = new ArrayList<>();
        List<LocalDate> nowWorking = new ArrayList<>();
        RegionCode region = notice.region();
        LocalDate last = LocalDate.of(notice.year() + 1, 1, 31);
        for (LocalDate day = LocalDate.of(notice.year() - 1, 12, 1); !day.isAfter(last); day = day.plusDays(1)) {
            boolean was = before.isWorkingDay(day, region).workingDay();
            boolean is = after.isWorkingDay(day, region).workingDay();
            if (was != is) {
                (is ? nowWorking : nowOff).add(day);
            }
        }
        return new NoticeChanges(sorted(incoming, loaded), sorted(loaded, incoming), nowOff, nowWorking);
    }

    static NoticeChanges none() {
        return new NoticeChanges(List.of(), List.of(), List.of(), List.of());
    }

    private static List<Day> sorted(Set<Day> days, Set<Day> without) {
        return days.stream().filter(d -> !without.contains(d))
                .sorted((a, b) -> a.date().compareTo(b.date())).toList();
    }
}
