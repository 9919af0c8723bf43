package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The working days of one area (the nation, or the nation plus one regional overlay), built once
 * into a {@link DayIndex}, with the reasons each provisional year is provisional and its version.
 */
final class RegionProfile {

    final DayIndex index;
    final String version;
    private final Map<Integer, List<String>> provisionalReasons;

    RegionProfile(DayIndex index, String version, Map<Integer, List<String>> provisionalReasons) {
        this.index = index;
        this.version = version;
        this.provisionalReasons = new TreeMap<>(provisionalReasons);
    }

    List<String> reasons(LocalDate from, LocalDate to) {
        if (!index.touchesProvisional(from, to)) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            reasons.addAll(provisionalReasons.getOrDefault(year, List.of()));
        }
        return reasons;
    }
}
