package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lays out the working days of an area over the supported range: weekends, then notices where
 * loaded, computed holidays (provisional) where not. The national layout is built first and whole,
 * then each regional layer is laid over a copy of the layout above it (the nation, or a shorter
 * prefix's layer), so a computed regional festival skips the days off of every layer above. A
 * layer's notice adds days off, working days of its own (调休上班) and days of rest in place of
 * national make-up working days (正常休息).
 */
final class ProfileBuilder {

    // ICU's astronomy is slow and the law is fixed: every calendar shares the computed years
    private static final Map<Integer, List<NoticeDay>> STATUTORY = new ConcurrentHashMap<>();
    private static final int FIRST_YEAR = WorkingDayCalendar.FIRST_DAY.getYear();
    private static final int LAST_YEAR = WorkingDayCalendar.LAST_DAY.getYear();

    private final boolean[] working;
    private final DayLabels labels;
    private final Map<Integer, List<String>> provisionalReasons;

    private ProfileBuilder(boolean[] working, DayLabels labels, Map<Integer, List<String>> provisionalReasons) {
        this.working = working;
        this.labels = labels;
        this.provisionalReasons = provisionalReasons;
    }

    static ProfileBuilder national(Map<Integer, HolidayNotice> notices) {
        boolean[] working = new boolean[DayIndex.DAYS];
        for (int i = 0; i < working.length; i++) {
            working[i] = !StatutoryHolidays.isWeekend(DayIndex.date(i));
        }
        ProfileBuilder builder = new ProfileBuilder(working, new DayLabels(), new TreeMap<>());
        Set<LocalDate> announced = new HashSet<>();
        // in year order, so a day two notices name gets its names in the same order in every run
        for (HolidayNotice notice : notices.values().stream().sorted(Comparator.comparingInt(HolidayNotice::year)).toList()) {
            notice.days().forEach(day -> builder.set(day, false));
            notice.days().forEach(day -> announced.add(day.date()));
        }
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            HolidayNotice notice = notices.get(year);
            if (notice == null) {
                builder.applyStatutory(year, announced);
            } else if (!notice.isConfirmed()) {
                builder.note(year, notice.label() + " is " + notice.confidence() + ": used, but not final");
            }
        }
        return builder;
    }

    /** This layout plus the layer {@code overlay}; this builder is left as it was. */
    ProfileBuilder withOverlay(RegionOverlay overlay, Map<Integer, HolidayNotice> notices) {
        Map<Integer, List<String>> reasons = new TreeMap<>();
        provisionalReasons.forEach((year, why) -> reasons.put(year, new ArrayList<>(why)));
        ProfileBuilder regional = new ProfileBuilder(working.clone(), labels.copy(), reasons);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            HolidayNotice notice = notices.get(year);
            if (notice == null) {
                regional.applyFestivals(overlay, year);
            } else {
                notice.days().forEach(regional::setRegional);
                if (!notice.isConfirmed()) {
                    regional.note(year, notice.label() + " (" + overlay.name() + ") is " + notice.confidence()
                            + ": used, but not final");
                }
            }
        }
        return regional;
    }

    RegionProfile build() {
        return new RegionProfile(working, labels, provisionalReasons);
    }

    private void applyStatutory(int year, Set<LocalDate> announced) {
        HolidayLaw law = HolidayLaw.inForce(year);
        for (NoticeDay day : STATUTORY.computeIfAbsent(year, StatutoryHolidays::of)) {
            // a neighbouring year's notice may have settled this day already
            if (!announced.contains(day.date())) {
                set(day, false);
            }
        }
        note(year, "no State Council notice for " + year + " loaded: statutory holidays computed from "
                + "《全国年节及纪念日放假办法》 " + law.decree() + ", no make-up working days");
    }

    private void applyFestivals(RegionOverlay overlay, int year) {
        List<String> computed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (RegionalFestival festival : overlay.festivals()) {
            festival.date().in(year).forEach(day -> markWorkingDaysOff(day, festival));
            (festival.date() instanceof FestivalDate.AnnouncedOnly ? unknown : computed).add(festival.name());
        }
        note(year, "no regional notice of " + overlay.prefix() + " " + overlay.name() + " for " + year + " loaded: "
                + (computed.isEmpty() ? "" : String.join(", ", computed) + " computed from its standing rule")
                + (computed.isEmpty() || unknown.isEmpty() ? "" : "; ")
                + (unknown.isEmpty() ? "" : String.join(", ", unknown)
                        + " unknown (no standing rule: no days assumed, only a notice gives them)"));
    }

    private void markWorkingDaysOff(LocalDate from, RegionalFestival festival) {
        int day = DayIndex.offset(from);
        for (int marked = 0; marked < festival.workingDaysOff() && day >= 0 && day < working.length; day++) {
            if (working[day]) {
                working[day] = false;
                labels.label(day, false, festival.name(), true);
                marked++;
            }
        }
    }

    private void note(int year, String reason) {
        provisionalReasons.computeIfAbsent(year, y -> new ArrayList<>()).add(reason);
    }

    /** A layer's day: off, working, or rest in place of a national make-up working day (正常休息). */
    private void setRegional(NoticeDay notice) {
        int day = DayIndex.offset(notice.date());
        if (day >= 0 && notice.cancelsNationalWork()) {
            working[day] = false;
            labels.rest(day, notice.name());
        } else {
            set(notice, true);
        }
    }

    private void set(NoticeDay notice, boolean regional) {
        int day = DayIndex.offset(notice.date());
        if (day >= 0) {
            working[day] = !notice.offDay();
            labels.label(day, !notice.offDay(), notice.name(), regional);
        }
    }
}
