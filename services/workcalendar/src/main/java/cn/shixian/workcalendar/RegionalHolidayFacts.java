package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The regional holiday facts (地方节假日资料) of {@code regional-holidays.json}: each region's standing
 * rule (常设规定) in words, and its notice years, one {@link HolidayNotice} per region and year made
 * of that year's entries (one per festival). Plain data; {@link NoticeReader} reads the file.
 *
 * @param standingRules by layer prefix, the rule a year without a notice would probably follow, as
 *                      the file words it (the rule that computes days is the layer's {@link RegionOverlay})
 */
public record RegionalHolidayFacts(Map<RegionCode, String> standingRules, List<HolidayNotice> notices) {

    public RegionalHolidayFacts {
        standingRules = Map.copyOf(standingRules);
        notices = List.copyOf(notices);
    }

    /**
     * One entry of the file: a festival's days in one region and year.
     *
     * @param source where it comes from; {@code same} means the previous entry's source in the region
     */
    record Entry(RegionCode region, String name, int year, List<LocalDate> off, List<LocalDate> work,
                 List<LocalDate> cancelledNationalWork, String source, String confidence) {
    }

    static RegionalHolidayFacts of(Map<RegionCode, String> standingRules, List<Entry> entries) {
        Map<String, List<Entry>> byYear = new LinkedHashMap<>();
        Map<RegionCode, String> lastSource = new HashMap<>();
        for (Entry entry : entries) {
            // the file writes "same" for the source of the entry before it in the region
            String source = entry.source().equals("same") ? lastSource.getOrDefault(entry.region(), "") : entry.source();
            lastSource.put(entry.region(), source);
            byYear.computeIfAbsent(entry.region() + "/" + entry.year(), key -> new ArrayList<>())
                    .add(new Entry(entry.region(), entry.name(), entry.year(), entry.off(), entry.work(),
                            entry.cancelledNationalWork(), source, entry.confidence()));
        }
        return new RegionalHolidayFacts(standingRules, byYear.values().stream().map(RegionalHolidayFacts::notice).toList());
    }

    /** A year's entries as one notice: their days, their sources, and the least sure of their confidences. */
    private static HolidayNotice notice(List<Entry> entries) {
        Entry first = entries.getFirst();
        List<NoticeDay> days = new ArrayList<>();
        for (Entry entry : entries) {
            entry.off().forEach(date -> days.add(new NoticeDay(date, entry.name(), true)));
            entry.work().forEach(date -> days.add(new NoticeDay(date, entry.name(), false)));
            entry.cancelledNationalWork().forEach(date -> days.add(new NoticeDay(date, entry.name(), true, true)));
        }
        Entry leastSure = entries.stream()
                .max(Comparator.comparing((Entry e) -> Confidence.of(e.confidence()))).orElseThrow();
        return new HolidayNotice(first.region(), first.year(), sources(entries), leastSure.confidence(), days);
    }

    /**
     * One source as written; several as "肉孜节: …; 古尔邦节: …", each with its confidence where they
     * differ: "肉孜节 (news report of the notice): …; 古尔邦节 (third-party dataset …): …".
     */
    private static String sources(List<Entry> entries) {
        if (entries.stream().map(Entry::source).distinct().count() == 1) {
            return entries.getFirst().source();
        }
        boolean oneConfidence = entries.stream().map(Entry::confidence).distinct().count() == 1;
        return entries.stream()
                .map(e -> e.name() + (oneConfidence ? "" : " (" + e.confidence() + ")") + ": " + e.source())
                .collect(Collectors.joining("; "));
    }
}
