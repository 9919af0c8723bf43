package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The notices and regional overlays a calendar is built from (immutable). Adding a notice checks it
 * against what is loaded and rejects, naming the dates, one that overlaps a different notice of the
 * same region and year, or that contradicts another notice of its area: one says off where the
 * other says working. Layers nest (national, then each prefix from the shortest), and a deeper one
 * may add days off to those above it but not work on their days off: a regional day off on a
 * national working day is no contradiction, a regional working day on a national day off is. A
 * day a region keeps as rest (正常休息) must be a national make-up working day where the national
 * year is announced.
 */
record CalendarSources(Map<Integer, HolidayNotice> national, Map<RegionCode, RegionOverlay> overlays,
                       Map<RegionCode, Map<Integer, HolidayNotice>> regional) {

    static final CalendarSources EMPTY = new CalendarSources(Map.of(), Map.of(), Map.of());

    CalendarSources {
        national = Map.copyOf(national);
        overlays = Map.copyOf(overlays);
        Map<RegionCode, Map<Integer, HolidayNotice>> copy = new HashMap<>();
        regional.forEach((prefix, years) -> copy.put(prefix, Map.copyOf(years)));
        regional = Map.copyOf(copy);
    }

    /** Adds a notice; loading one identical to a loaded notice again changes nothing. */
    CalendarSources withNotice(HolidayNotice notice) {
        HolidayNotice loaded = (notice.isNational() ? national : regionalNotices(notice.region())).get(notice.year());
        // a year resting on a third-party dataset is provisional: its notice's own text replaces it
        boolean supersedes = loaded != null && !loaded.isConfirmed() && notice.isConfirmed();
        if (loaded != null && !supersedes) {
            List<String> differences = differences(loaded, notice);
            if (!differences.isEmpty()) {
                throw new CalendarException.InvalidNotice(notice.label() + " overlaps the loaded one, which differs on "
                        + String.join(", ", differences) + "; load it as a correction to replace the loaded notice");
            }
        }
        return withCorrectedNotice(notice);
    }

    /** Adds a notice, replacing a loaded notice of the same region and year. */
    CalendarSources withCorrectedNotice(HolidayNotice notice) {
        if (notice.isNational()) {
            rejectContradictions(notice, otherYears(national, notice.year()));
            regional.values().forEach(years -> rejectContradictions(notice, years.values()));
            return new CalendarSources(put(national, notice), overlays, regional);
        }
        if (!overlays.containsKey(notice.region())) {
            throw new CalendarException.InvalidNotice(notice.label() + ": no regional overlay is defined for region "
                    + notice.region() + " (known: " + overlays.keySet() + "); add its overlay first");
        }
        rejectContradictions(notice, otherYears(regionalNotices(notice.region()), notice.year()));
        rejectContradictions(notice, national.values());
        regional.forEach((prefix, years) -> {
            if (!prefix.equals(notice.region()) && (prefix.within(notice.region()) || notice.region().within(prefix))) {
                rejectContradictions(notice, years.values());
            }
        });
        rejectCancelledDaysTheNationWorksNot(notice);
        Map<RegionCode, Map<Integer, HolidayNotice>> all = new HashMap<>(regional);
        all.put(notice.region(), put(regionalNotices(notice.region()), notice));
        return new CalendarSources(national, overlays, all);
    }

    CalendarSources withOverlay(RegionOverlay overlay) {
        Map<RegionCode, RegionOverlay> all = new HashMap<>(overlays);
        all.put(overlay.prefix(), overlay);
        return new CalendarSources(national, all, regional);
    }

    Map<Integer, HolidayNotice> regionalNotices(RegionCode prefix) {
        return regional.getOrDefault(prefix, Map.of());
    }

    private static Map<Integer, HolidayNotice> put(Map<Integer, HolidayNotice> years, HolidayNotice notice) {
        Map<Integer, HolidayNotice> all = new HashMap<>(years);
        all.put(notice.year(), notice);
        return all;
    }

    private static List<HolidayNotice> otherYears(Map<Integer, HolidayNotice> notices, int year) {
        return notices.values().stream().filter(n -> n.year() != year).toList();
    }

    private static void rejectContradictions(HolidayNotice incoming, Collection<HolidayNotice> loaded) {
        List<String> conflicts = new ArrayList<>();
        for (HolidayNotice other : loaded) {
            Map<LocalDate, Boolean> otherOff = offDays(other);
            for (NoticeDay day : incoming.days()) {
                Boolean off = otherOff.get(day.date());
                if (off != null && off != day.offDay() && contradicts(incoming, day.offDay(), other)) {
                    conflicts.add(day.date() + " (" + (day.offDay() ? "off" : "working") + " in " + incoming.label()
                            + ", " + (off ? "off" : "working") + " in " + other.label() + ")");
                }
            }
        }
        if (!conflicts.isEmpty()) {
            throw new CalendarException.InvalidNotice("contradicts loaded notices: " + String.join("; ", conflicts));
        }
    }

    /** Two notices of one area must agree; a deeper layer may only add days off to those above it. */
    private static boolean contradicts(HolidayNotice incoming, boolean incomingOff, HolidayNotice other) {
        int incomingDepth = depth(incoming);
        int otherDepth = depth(other);
        if (incomingDepth == otherDepth) {
            return true;
        }
        boolean deeperOff = incomingDepth > otherDepth ? incomingOff : !incomingOff;
        return !deeperOff;
    }

    private static int depth(HolidayNotice notice) {
        return notice.isNational() ? 0 : notice.region().code().length();
    }

    /** 正常休息 cancels a national make-up working day: where the nation's year is announced, it must be one. */
    private void rejectCancelledDaysTheNationWorksNot(HolidayNotice notice) {
        List<String> problems = new ArrayList<>();
        for (NoticeDay day : notice.days()) {
            if (day.cancelsNationalWork() && national.containsKey(day.date().getYear())
                    && !Boolean.FALSE.equals(nationalDayOff(day.date()))) {
                problems.add(day.date().toString());
            }
        }
        if (!problems.isEmpty()) {
            throw new CalendarException.InvalidNotice(notice.label() + " keeps " + String.join(", ", problems)
                    + " as rest (正常休息), but the State Council notice names no make-up working day there");
        }
    }

    /** Whether a loaded national notice says {@code date} is off (true), working (false), or nothing (null). */
    private Boolean nationalDayOff(LocalDate date) {
        for (HolidayNotice notice : national.values()) {
            Boolean off = offDays(notice).get(date);
            if (off != null) {
                return off;
            }
        }
        return null;
    }

    /** The dates on which two notices of the same region and year differ, described. */
    private static List<String> differences(HolidayNotice loaded, HolidayNotice incoming) {
        Map<LocalDate, Boolean> before = offDays(loaded);
        Map<LocalDate, Boolean> after = offDays(incoming);
        TreeSet<LocalDate> dates = new TreeSet<>(before.keySet());
        dates.addAll(after.keySet());
        List<String> differences = new ArrayList<>();
        for (LocalDate date : dates) {
            if (!Objects.equals(before.get(date), after.get(date))) {
                differences.add(date + " (" + describe(before.get(date)) + " → " + describe(after.get(date)) + ")");
            }
        }
        return differences;
    }

    private static String describe(Boolean off) {
        return off == null ? "not listed" : off ? "off" : "working";
    }

    private static Map<LocalDate, Boolean> offDays(HolidayNotice notice) {
        Map<LocalDate, Boolean> days = new HashMap<>();
        notice.days().forEach(day -> days.put(day.date(), day.offDay()));
        return days;
    }
}
