package cn.shixian.workcalendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar built from the data shipped in this jar, listed in {@code data/index.txt}: lines
 * {@code overlay FILE} and {@code notice FILE}, {@code #} for comments. Read once, at first use.
 */
final class BundledCalendar {

    static final WorkingDayCalendar INSTANCE = load();

    private static final String DATA = "data/";

    private BundledCalendar() {
    }

    private static WorkingDayCalendar load() {
        List<RegionOverlay> overlays = new ArrayList<>();
        List<HolidayNotice> notices = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            String[] entry = line.strip().split("\\s+");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            switch (entry.length == 2 ? entry[0] : "") {
                case "overlay" -> overlays.add(NoticeReader.overlay(read(entry[1])));
                case "notice" -> notices.add(NoticeReader.notice(read(entry[1])));
                default -> throw new IllegalStateException("bad line in " + DATA + "index.txt: " + line);
            }
        }
        return WorkingDayCalendar.of(overlays, notices);
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
