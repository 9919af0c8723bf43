package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Chinese working-day calendar (工作日历) per region: weekends, the State Council's holidays and
 * make-up working days (调休上班), regional holidays, and computed holidays for years without a
 * notice (provisional). Immutable and thread-safe; loading a notice yields a new calendar. Every
 * query is O(1) on a precomputed index (DESIGN.md rules 2–4).
 */
public final class WorkingDayCalendar {

    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
    public static final int MAX_WORKING_DAYS = 100_000;

    private final Map<Integer, HolidayNotice> national;
    private final Map<String, RegionOverlay> overlays;
    private final Map<String, Map<Integer, HolidayNotice>> regional;
    private final Map<String, RegionProfile> profiles = new HashMap<>();
    private final Map<String, RegionProfile> byRegionCode = new ConcurrentHashMap<>();

    WorkingDayCalendar(Map<Integer, HolidayNotice> national, Map<String, RegionOverlay> overlays,
                       Map<String, Map<Integer, HolidayNotice>> regional) {
        this.national = Map.copyOf(national);
        this.overlays = Map.copyOf(overlays);
        this.regional = Map.copyOf(regional);
        profiles.put(RegionCode.NATIONAL.code(), new ProfileBuilder(this.national, null, Map.of()).build());
        overlays.forEach((prefix, overlay) -> profiles.put(prefix,
                new ProfileBuilder(this.national, overlay, regional.getOrDefault(prefix, Map.of())).build()));
    }

    /** The calendar with the notices and regional overlays bundled in this library. */
    public static WorkingDayCalendar bundled() {
        return BundledCalendar.INSTANCE;
    }

    /** A new calendar with {@code notice} loaded; it replaces a notice of the same region and year. */
    public WorkingDayCalendar withNotice(HolidayNotice notice) {
        Map<Integer, HolidayNotice> nationalNotices = new HashMap<>(national);
        Map<String, Map<Integer, HolidayNotice>> regionalNotices = new HashMap<>(regional);
        if (notice.isNational()) {
            NoticeConsistency.check(notice, nationalNotices.values());
            nationalNotices.put(notice.year(), notice);
        } else {
            String prefix = notice.region().code();
            if (!overlays.containsKey(prefix)) {
                throw new CalendarException.InvalidNotice("no regional overlay is defined for region " + prefix
                        + "; known: " + overlays.keySet());
            }
            Map<Integer, HolidayNotice> years = new HashMap<>(regionalNotices.getOrDefault(prefix, Map.of()));
            NoticeConsistency.check(notice, years.values());
            years.put(notice.year(), notice);
            regionalNotices.put(prefix, years);
        }
        return new WorkingDayCalendar(nationalNotices, overlays, regionalNotices);
    }

    /** A new calendar with one more regional overlay. */
    public WorkingDayCalendar withOverlay(RegionOverlay overlay) {
        Map<String, RegionOverlay> all = new HashMap<>(overlays);
        all.put(overlay.prefix(), overlay);
        return new WorkingDayCalendar(national, all, regional);
    }

    public DayStatus isWorkingDay(LocalDate date, RegionCode region) {
        RegionProfile profile = profile(region);
        int offset = offsetOf(date, profile);
        List<String> reasons = profile.reasons(date, date);
        return new DayStatus(date, profile.index.isWorking(offset), !reasons.isEmpty(), reasons, profile.version);
    }

    /**
     * The due date of a time limit of {@code n} working days (DESIGN.md rule 2): the n-th working
     * day strictly after {@code start} (期间开始之日不计入); for n = 0 (即时) {@code start} itself if it
     * is a working day, else the next one.
     */
    public DueDate due(LocalDate start, int n, RegionCode region) {
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw new CalendarException.InvalidWorkingDays("working days must be between 0 and " + MAX_WORKING_DAYS
                    + ", was " + n);
        }
        RegionProfile profile = profile(region);
        int offset = offsetOf(start, profile);
        int due = n == 0 && profile.index.isWorking(offset) ? offset : profile.index.nthAfter(offset, Math.max(n, 1));
        if (due < 0) {
            throw new CalendarException.OutOfRange(n + " working days after " + start + " fall after " + LAST_DAY
                    + ", the end of the supported range");
        }
        LocalDate dueOn = profile.index.date(due);
        List<String> reasons = profile.reasons(start, dueOn);
        return new DueDate(dueOn, !reasons.isEmpty(), reasons, profile.version);
    }

    /** The first working day strictly after {@code date}. */
    public DueDate nextWorkingDay(LocalDate date, RegionCode region) {
        return due(date, 1, region);
    }

    /** Working days in (a, b]; negative (minus the working days in (b, a]) when b is before a. */
    public WorkingDayCount workingDaysBetween(LocalDate a, LocalDate b, RegionCode region) {
        RegionProfile profile = profile(region);
        int count = profile.index.between(offsetOf(a, profile), offsetOf(b, profile));
        List<String> reasons = a.isAfter(b) ? profile.reasons(b, a) : profile.reasons(a, b);
        return new WorkingDayCount(count, !reasons.isEmpty(), reasons, profile.version);
    }

    /** The version of the calendar that answers for {@code region}. */
    public String version(RegionCode region) {
        return profile(region).version;
    }

    /** Every loaded notice, national first, by region and year. */
    public List<HolidayNotice> notices() {
        List<HolidayNotice> all = new ArrayList<>(national.values());
        regional.values().forEach(years -> all.addAll(years.values()));
        all.sort(Comparator.comparing((HolidayNotice n) -> n.region().code()).thenComparingInt(HolidayNotice::year));
        return all;
    }

    public List<RegionOverlay> overlays() {
        return overlays.values().stream().sorted(Comparator.comparing(RegionOverlay::prefix)).toList();
    }

    private RegionProfile profile(RegionCode region) {
        return byRegionCode.computeIfAbsent(region.code(), this::resolve);
    }

    /** The longest overlay prefix the code lies within, else the national profile. */
    private RegionProfile resolve(String code) {
        for (int length = code.length(); length >= 2; length -= 2) {
            RegionProfile profile = profiles.get(code.substring(0, length));
            if (profile != null && overlays.containsKey(code.substring(0, length))) {
                return profile;
            }
        }
        return profiles.get(RegionCode.NATIONAL.code());
    }

    private static int offsetOf(LocalDate date, RegionProfile profile) {
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw new CalendarException.OutOfRange(date + " is outside the supported range " + FIRST_DAY + " to " + LAST_DAY);
        }
        return profile.index.offset(date);
    }
}
