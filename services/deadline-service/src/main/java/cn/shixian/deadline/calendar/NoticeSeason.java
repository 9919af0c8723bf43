package cn.shixian.deadline.calendar;

import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.RegionOverlay;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * The yearly notices that are due and not loaded (应发未载的放假通知). The State Council publishes
 * next year's notice between late October and mid-December: from 1 November next year's national
 * notice is due, and so is this year's while it is still missing. A regional layer's notice is due
 * once its year has begun. A notice is loaded only when the calendar holds it as final: a year
 * without days (holiday-cn's placeholder, which the calendar refuses) or an unverified
 * transcription counts as missing. Until it is loaded, every due date that reaches the year is
 * provisional.
 */
final class NoticeSeason {

    /** From this day of a year the State Council's notice for the next year is due. */
    static final MonthDay NATIONAL_NOTICE_DUE = MonthDay.of(11, 1);

    /** A notice that is due and not loaded: its region as the API writes it, its year, due since when. */
    record MissingNotice(String region, int year, LocalDate dueSince) {
    }

    private NoticeSeason() {
    }

    static List<MissingNotice> missing(WorkingDayCalendar calendar, LocalDate today) {
        List<MissingNotice> missing = new ArrayList<>();
        int year = today.getYear();
        national(calendar, year, missing);
        if (!MonthDay.from(today).isBefore(NATIONAL_NOTICE_DUE)) {
            national(calendar, year + 1, missing);
        }
        for (RegionOverlay overlay : calendar.overlays()) {
            if (!loaded(calendar, overlay.prefix(), year)) {
                missing.add(new MissingNotice(NoticeKey.name(overlay.prefix()), year, LocalDate.of(year, 1, 1)));
            }
        }
        return missing;
    }

    private static void national(WorkingDayCalendar calendar, int year, List<MissingNotice> missing) {
        if (!loaded(calendar, RegionCode.NATIONAL, year)) {
            missing.add(new MissingNotice(NoticeKey.NATIONAL, year, NATIONAL_NOTICE_DUE.atYear(year - 1)));
        }
    }

    private static boolean loaded(WorkingDayCalendar calendar, RegionCode region, int year) {
        return calendar.notices().stream()
                .anyMatch(n -> n.region().equals(region) && n.year() == year && n.isConfirmed() && !n.days().isEmpty());
    }

    /** The regions a notice can be missing for: the nation and each regional layer. */
    static List<String> regions(WorkingDayCalendar calendar) {
        List<String> regions = new ArrayList<>(List.of(NoticeKey.NATIONAL));
        calendar.overlays().forEach(overlay -> regions.add(NoticeKey.name(overlay.prefix())));
        return regions;
    }

    static boolean isMissing(List<MissingNotice> missing, String region) {
        return missing.stream().anyMatch(m -> m.region().equals(region));
    }
}
