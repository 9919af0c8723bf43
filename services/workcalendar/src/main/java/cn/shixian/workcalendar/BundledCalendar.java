package cn.shixian.workcalendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The calendar built from the data shipped in this jar, listed in {@code data/index.txt}. */
final class BundledCalendar {

    static final WorkingDayCalendar INSTANCE = load();

    private static final String DATA = "data/";

    private BundledCalendar() {
    }

    private static WorkingDayCalendar load() {
        Map<Integer, HolidayNotice> national = new HashMap<>();
        Map<String, RegionOverlay> overlays = new HashMap<>();
        Map<String, Map<Integer, HolidayNotice>> regional = new HashMap<>();
        for (String line : read("index.txt").split("\n")) {
            String[] entry = line.strip().split("\\s+");
            if (entry.length != 2 || line.startsWith("#")) {
                continue;
            }
            switch (entry[0]) {
                case "overlay" -> {
                    RegionOverlay overlay = NoticeReader.overlay(read(entry[1]));
                    overlays.put(overlay.prefix(), overlay);
                }
                case "notice" -> {
                    HolidayNotice notice = NoticeReader.notice(read(entry[1]));
                    if (notice.isNational()) {
                        national.put(notice.year(), notice);
                    } else {
                        regional.computeIfAbsent(notice.region().code(), r -> new HashMap<>()).put(notice.year(), notice);
                    }
                }
                default -> throw new IllegalStateException("bad line in data/index.txt: " + line);
            }
        }
        return new WorkingDayCalendar(national, overlays, regional);
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
