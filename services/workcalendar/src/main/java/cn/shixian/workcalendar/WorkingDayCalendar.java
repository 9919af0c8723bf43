package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Chinese working-day calendar (工作日历) per region: weekends, the State Council's holidays and
 * make-up working days (调休上班), regional holidays, and computed holidays for years without a
 * notice (provisional, 暂定). Immutable and thread-safe; loading a notice yields a new calendar
 * with a new version (copy-on-write). Every query is O(1) on a precomputed index and does no I/O
 * (docs/design.md rules 2-4).
 */
public final class WorkingDayCalendar {

    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
    public static final int MAX_WORKING_DAYS = 100_000;

    private final CalendarSources sources;
    private final RegionProfile nationalProfile;
    private final Map<RegionCode, RegionProfile> overlayProfiles = new HashMap<>();
    // which profile answers for a region code: found once per code, then one lookup per query
    private final Map<String, RegionProfile> byRegion = new ConcurrentHashMap<>();

    WorkingDayCalendar(CalendarSources sources) {
        this.sources = sources;
        ProfileBuilder national = ProfileBuilder.national(sources.national());
        nationalProfile = national.build();
        // shortest prefix first, so each layer is laid over the layers above it (54, then 5401, then 540102)
        Map<RegionCode, ProfileBuilder> layouts = new HashMap<>();
        for (RegionOverlay overlay : overlays()) {
            RegionCode prefix = overlay.prefix();
            ProfileBuilder above = parentLayer(prefix).map(layouts::get).orElse(national);
            ProfileBuilder layout = above.withOverlay(overlay, sources.regionalNotices(prefix));
            layouts.put(prefix, layout);
            overlayProfiles.put(prefix, layout.build());
        }
    }

    /** The calendar with the notices and regional overlays bundled in this library (built once). */
    public static WorkingDayCalendar bundled() {
        return BundledCalendar.INSTANCE;
    }

    /** A calendar of exactly these overlays and notices (checked as {@link #withNotice(HolidayNotice)} does). */
    public static WorkingDayCalendar of(Collection<RegionOverlay> overlays, Collection<HolidayNotice> notices) {
        CalendarSources sources = CalendarSources.EMPTY;
        for (RegionOverlay overlay : overlays) {
            sources = sources.withOverlay(overlay);
        }
        for (HolidayNotice notice : notices) {
            sources = sources.withNotice(notice);
        }
        return new WorkingDayCalendar(sources);
    }

    /**
     * A new calendar with {@code notice} loaded. Rejected ({@link CalendarException.InvalidNotice},
     * naming the dates) if it contradicts a loaded notice or differs from the loaded notice of its
     * region and year; loading the same notice again returns this calendar.
     */
    public WorkingDayCalendar withNotice(HolidayNotice notice) {
        CalendarSources updated = sources.withNotice(notice);
        return updated.equals(sources) ? this : new WorkingDayCalendar(updated);
    }

    /** {@link #withNotice(HolidayNotice)} of a JSON notice: holiday-cn per-year or regional format. */
    public WorkingDayCalendar withNotice(String json) {
        return withNotice(NoticeReader.notice(json));
    }

    /** A new calendar in which {@code notice} replaces the loaded notice of its region and year. */
    public WorkingDayCalendar withCorrectedNotice(HolidayNotice notice) {
        return new WorkingDayCalendar(sources.withCorrectedNotice(notice));
    }

    /** A new calendar with one more regional overlay (or one replaced, by prefix). */
    public WorkingDayCalendar withOverlay(RegionOverlay overlay) {
        return new WorkingDayCalendar(sources.withOverlay(overlay));
    }

    public DayStatus isWorkingDay(LocalDate date, RegionCode region) {
        return profile(region).status(offsetOf(date));
    }

    /**
     * What {@code date} is in {@code region} (日历日): working day, weekend, statutory or regional
     * holiday, or make-up working day (调休上班), with the holiday names its notice gives, and
     * whether it lies in a provisional year. {@code describe(d, r).workingDay()} is always
     * {@code isWorkingDay(d, r).workingDay()}. O(1).
     */
    public CalendarDay describe(LocalDate date, RegionCode region) {
        return profile(region).describe(offsetOf(date));
    }

    /**
     * The due date of a time limit of {@code n} working days (docs/design.md rule 2): the n-th working
     * day strictly after {@code start} (期间开始之日不计入); for n = 0 (即时) {@code start} itself if it
     * is a working day, else the next one. Provisional if a day in (start, due] — [start, due] for
     * n = 0 — lies in a year whose notice is not loaded.
     */
    public DueDate due(LocalDate start, int n, RegionCode region) {
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw new CalendarException.InvalidWorkingDays("working days must be between 0 and " + MAX_WORKING_DAYS
                    + ", was " + n);
        }
        return profile(region).due(offsetOf(start), n);
    }

    /**
     * Counting back: the n-th working day on or before {@code date} (n = 1: {@code date} itself if it
     * is a working day, else the last one before it). O(1), like {@link #due}; n from 1 to
     * {@link #MAX_WORKING_DAYS}.
     */
    public DueDate nthWorkingDayBack(LocalDate date, int n, RegionCode region) {
        if (n < 1 || n > MAX_WORKING_DAYS) {
            throw new CalendarException.InvalidWorkingDays("working days back must be between 1 and "
                    + MAX_WORKING_DAYS + ", was " + n);
        }
        return profile(region).nthBack(offsetOf(date), n);
    }

    /** The first working day strictly after {@code date}. */
    public DueDate nextWorkingDay(LocalDate date, RegionCode region) {
        return due(date, 1, region);
    }

    /**
     * Working days in (a, b]. When b is before a the result is negative: minus the working days in
     * (b, a], so {@code between(a, b) == -between(b, a)} and {@code between(a, a) == 0}.
     */
    public WorkingDayCount workingDaysBetween(LocalDate a, LocalDate b, RegionCode region) {
        return profile(region).between(offsetOf(a), offsetOf(b));
    }

    /** The version of the calendar that answers for {@code region}; it changes only when that region's days do. */
    public CalendarVersion version(RegionCode region) {
        return profile(region).version();
    }

    /** The version of the whole calendar: changes when any region's days do. */
    public CalendarVersion version() {
        StringBuilder all = new StringBuilder(nationalProfile.version().value());
        overlayProfiles.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(RegionCode::code)))
                .forEach(e -> all.append('|').append(e.getKey()).append('=').append(e.getValue().version()));
        return CalendarVersion.hashOf(all.toString());
    }

    /** Whether {@code year} has no (confirmed) notice for {@code region}: national or regional. */
    public boolean isProvisional(int year, RegionCode region) {
        return profile(region).isProvisional(year);
    }

    /** Every loaded notice, national first, by region and year. */
    public List<HolidayNotice> notices() {
        List<HolidayNotice> all = new ArrayList<>(sources.national().values());
        sources.regional().values().forEach(years -> all.addAll(years.values()));
        all.sort(Comparator.comparing((HolidayNotice n) -> n.region().code()).thenComparingInt(HolidayNotice::year));
        return all;
    }

    /** The notice loaded for exactly this area ({@link RegionCode#NATIONAL} or a layer's prefix) and year. */
    public Optional<HolidayNotice> notice(RegionCode area, int year) {
        return Optional.ofNullable((area.equals(RegionCode.NATIONAL) ? sources.national()
                : sources.regionalNotices(area)).get(year));
    }

    /** Every regional layer, shortest prefix first, then by code. */
    public List<RegionOverlay> overlays() {
        return sources.overlays().values().stream().sorted(Comparator.comparing((RegionOverlay o) -> o.prefix().code().length())
                .thenComparing(o -> o.prefix().code())).toList();
    }

    /**
     * The regional layers (地方层) that apply to {@code region}, in the order they are laid over the
     * national calendar: every layer whose prefix the code lies within, shortest first (540102 gets
     * 54, 5401 and 540102 where they exist).
     */
    public List<RegionOverlay> layers(RegionCode region) {
        return overlays().stream().filter(overlay -> region.within(overlay.prefix())).toList();
    }

    /** Why {@code year} is provisional in {@code region}: the national and each layer's reason; empty if final. */
    public List<String> provisionalReasons(int year, RegionCode region) {
        return profile(region).provisionalReasons(year);
    }

    private RegionProfile profile(RegionCode region) {
        RegionProfile profile = byRegion.get(region.code());
        return profile != null ? profile : byRegion.computeIfAbsent(region.code(), code -> resolve(region));
    }

    /** The layout of the longest layer prefix the code lies within (it holds every layer above), else the nation. */
    private RegionProfile resolve(RegionCode region) {
        return layerOf(region, region.code().length()).map(overlayProfiles::get).orElse(nationalProfile);
    }

    private Optional<RegionCode> parentLayer(RegionCode prefix) {
        return layerOf(prefix, prefix.code().length() - 2);
    }

    /** The longest layer prefix of {@code region} with at most {@code longest} digits. */
    private Optional<RegionCode> layerOf(RegionCode region, int longest) {
        for (int length = longest; length >= 2; length -= 2) {
            RegionCode prefix = new RegionCode(region.code().substring(0, length));
            if (sources.overlays().containsKey(prefix)) {
                return Optional.of(prefix);
            }
        }
        return Optional.empty();
    }

    private static int offsetOf(LocalDate date) {
        int offset = DayIndex.offset(date);
        if (offset < 0) {
            throw new CalendarException.OutOfRange(date + " is outside the supported range " + FIRST_DAY
                    + " to " + LAST_DAY);
        }
        return offset;
    }
}
