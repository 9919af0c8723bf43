package cn.shixian.workcalendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The calendar built from the data shipped in this jar, listed in {@code data/index.txt}: lines
 * {@code overlay FILE}, {@code notice FILE} and {@code facts FILE} (the regional holiday facts),
 * {@code #} for comments. Read once, at first use.
 */
final class BundledCalendar {

    static final WorkingDayCalendar INSTANCE = load();

    private static final String DATA = "data/";

    private BundledCalendar() {
    }

    private static WorkingDayCalendar load() {
        List<RegionOverlay> overlays = new ArrayList<>();
        List<HolidayNotice> notices = new ArrayList<>();
        Map<RegionCode, String> standingRules = new HashMap<>();
        for (String line : read("index.txt").split("\n")) {
            String[] entry = line.strip().split("\\s+");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            switch (entry.length == 2 ? entry[0] : "") {
                case "overlay" -> overlays.add(NoticeReader.overlay(read(entry[1])));
                case "notice" -> notices.add(NoticeReader.notice(read(entry[1])));
                case "facts" -> {
                    RegionalHolidayFacts facts = NoticeReader.regionalFacts(read(entry[1]));
                    notices.addAll(facts.notices());
                    standingRules.putAll(facts.standingRules());
                }
                default -> throw new IllegalStateException("bad line in " + DATA + "index.txt: " + line);
            }
        }
        return WorkingDayCalendar.of(overlays.stream().map(o -> withRule(o, standingRules)).toList(), notices);
    }

    /** The words of a layer's standing rule live once, in the facts file; an overlay that states its own keeps it. */
    private static RegionOverlay withRule(RegionOverlay overlay, Map<RegionCode, String> standingRules) {
        String rule = overlay.legalBasis().isEmpty() ? standingRules.getOrDefault(overlay.prefix(), "") : overlay.legalBasis();
        return new RegionOverlay(overlay.prefix(), overlay.name(), rule, overlay.festivals());
    }

    private static String read(String name) {
        try (InputStream in = BundledCalendar.class.getResourceAsStream(DATA + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled calendar data missing: " + DATA + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
