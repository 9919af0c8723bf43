package cn.shixian.workcalendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds a {@link RegionProfile}: notices where loaded, computed holidays (provisional) where not,
 * weekends otherwise. Regional days off only ever turn national working days into days off.
 */
final class ProfileBuilder {

    /** Bump when the rules below change: every stored due date then names a different calendar. */
    private static final String RULES_VERSION = "rules-1";
    private static final Map<Integer, List<NoticeDay>> STATUTORY = new ConcurrentHashMap<>();

    private final Map<Integer, HolidayNotice> national;
    private final RegionOverlay overlay;
    private final Map<Integer, HolidayNotice> regional;
    private final Map<Integer, List<String>> reasons = new HashMap<>();

    ProfileBuilder(Map<Integer, HolidayNotice> national, RegionOverlay overlay, Map<Integer, HolidayNotice> regional) {
        this.national = national;
        this.overlay = overlay;
        this.regional = regional;
    }

    RegionProfile build() {
        LocalDate first = WorkingDayCalendar.FIRST_DAY;
        int days = (int) (WorkingDayCalendar.LAST_DAY.toEpochDay() - first.toEpochDay() + 1);
        int years = WorkingDayCalendar.LAST_DAY.getYear() - first.getYear() + 1;
        boolean[] working = new boolean[days];
        boolean[] provisionalYear = new boolean[years];
        Map<LocalDate, Boolean> nationalDays = explicitDays(national);
        for (int i = 0; i < days; i++) {
            LocalDate date = first.plusDays(i);
            working[i] = nationallyWorking(date, nationalDays);
        }
        for (int year = first.getYear(); year <= WorkingDayCalendar.LAST_DAY.getYear(); year++) {
            boolean provisional = !national.containsKey(year);
            if (provisional) {
                applyStatutory(year, working, nationalDays);
                note(year, "no State Council notice for " + year + " loaded: statutory holidays computed, no make-up working days");
            }
            if (overlay != null) {
                provisional |= applyRegional(year, working);
            }
            provisionalYear[year - first.getYear()] = provisional;
        }
        return new RegionProfile(new DayIndex(first, working, provisionalYear), version(), reasons);
    }

    private static boolean nationallyWorking(LocalDate date, Map<LocalDate, Boolean> nationalDays) {
        Boolean off = nationalDays.get(date);
        return off != null ? !off : !StatutoryHolidays.isWeekend(date);
    }

    private void applyStatutory(int year, boolean[] working, Map<LocalDate, Boolean> nationalDays) {
        for (NoticeDay day : STATUTORY.computeIfAbsent(year, StatutoryHolidays::of)) {
            // a neighbouring year's notice may have settled this day already
            if (!nationalDays.containsKey(day.date())) {
                set(working, day.date(), false);
            }
        }
    }

    /** @return whether the year is provisional for the overlay */
    private boolean applyRegional(int year, boolean[] working) {
        HolidayNotice notice = regional.get(year);
        if (notice != null) {
            notice.days().forEach(day -> set(working, day.date(), !day.offDay()));
            return false;
        }
        for (RegionalFestival festival : overlay.festivals()) {
            for (LocalDate day : FestivalDates.of(festival, year)) {
                markWorkingDaysOff(working, day, festival.workingDaysOff());
            }
        }
        note(year, "no regional notice of " + overlay.prefix() + " " + overlay.name() + " for " + year
                + " loaded: its festival days computed");
        return true;
    }

    private static void markWorkingDaysOff(boolean[] working, LocalDate from, int count) {
        LocalDate day = from;
        for (int marked = 0; marked < count && inRange(day); day = day.plusDays(1)) {
            int i = offset(day);
            if (working[i]) {
                working[i] = false;
                marked++;
            }
        }
    }

    private static Map<LocalDate, Boolean> explicitDays(Map<Integer, HolidayNotice> notices) {
        Map<LocalDate, Boolean> days = new HashMap<>();
        notices.values().forEach(n -> n.days().forEach(d -> days.put(d.date(), d.offDay())));
        return days;
    }

    private void note(int year, String reason) {
        reasons.computeIfAbsent(year, y -> new java.util.ArrayList<>()).add(reason);
    }

    private static void set(boolean[] working, LocalDate date, boolean value) {
        if (inRange(date)) {
            working[offset(date)] = value;
        }
    }

    private static boolean inRange(LocalDate date) {
        return !date.isBefore(WorkingDayCalendar.FIRST_DAY) && !date.isAfter(WorkingDayCalendar.LAST_DAY);
    }

    private static int offset(LocalDate date) {
        return (int) (date.toEpochDay() - WorkingDayCalendar.FIRST_DAY.toEpochDay());
    }

    private String version() {
        StringBuilder content = new StringBuilder(RULES_VERSION);
        national.values().stream().sorted(java.util.Comparator.comparingInt(HolidayNotice::year))
                .forEach(n -> content.append('|').append(canonical(n)));
        if (overlay != null) {
            content.append("|overlay:").append(overlay);
            regional.values().stream().sorted(java.util.Comparator.comparingInt(HolidayNotice::year))
                    .forEach(n -> content.append('|').append(canonical(n)));
        }
        return "cal-" + sha256(content.toString()).substring(0, 12);
    }

    private static String canonical(HolidayNotice notice) {
        StringBuilder text = new StringBuilder(notice.region() + "/" + notice.year());
        notice.days().stream().sorted(java.util.Comparator.comparing(NoticeDay::date))
                .forEach(d -> text.append(',').append(d.date()).append(d.offDay() ? "off" : "work"));
        return text.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
