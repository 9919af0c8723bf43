package cn.shixian.deadline.calendar;

import cn.shixian.workcalendar.HolidayNotice;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The notice years (通知年份) the live calendar holds, with where each came from (bundled, or loaded by whom). */
@Component
class CalendarYears {

    private final CurrentCalendar current;
    private final CalendarNoticeStore store;

    CalendarYears(CurrentCalendar current, CalendarNoticeStore store) {
        this.current = current;
        this.store = store;
    }

    /** Every notice year, by region and year. */
    List<CalendarYear> all() {
        return matching(notice -> true);
    }

    /** The notices of {@code year} that apply to {@code region}: the national one and those of each prefix of its code. */
    List<CalendarYear> applyingTo(RegionCode region, int year) {
        return matching(notice -> notice.year() == year && (notice.isNational() || region.within(notice.region())));
    }

    private List<CalendarYear> matching(Predicate<HolidayNotice> wanted) {
        WorkingDayCalendar calendar = current.calendar();
        List<HolidayNotice> notices = calendar.notices().stream().filter(wanted).toList();
        if (notices.isEmpty()) {
            return List.of();
        }
        Map<String, StoredNotice> loaded = store.all().stream()
                .collect(Collectors.toMap(s -> s.region() + ":" + s.year(), Function.identity(), (a, b) -> b));
        return notices.stream()
                .map(n -> year(calendar, n, loaded.get(NoticeKey.name(n.region()) + ":" + n.year())))
                .sorted(Comparator.comparing(CalendarYear::region).thenComparingInt(CalendarYear::year))
                .toList();
    }

    private static CalendarYear year(WorkingDayCalendar calendar, HolidayNotice notice, StoredNotice stored) {
        boolean runtime = stored != null && stored.source().equals(notice.source());
        return new CalendarYear(NoticeKey.name(notice.region()), notice.year(), notice.source(), notice.confidence(),
                notice.confidenceLevel(), notice.isConfirmed(), calendar.version(notice.region()).value(),
                runtime ? "loaded" : "bundled", runtime ? stored.loadedAt() : null, runtime ? stored.loadedBy() : null);
    }
}
