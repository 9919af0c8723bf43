package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads holiday notices and regional overlays from JSON (formats in the module README). A national
 * notice may also come in the per-year format of the holiday-cn dataset ({@code year}, {@code papers},
 * {@code days}), which is how the bundled State Council notices are kept.
 */
public final class NoticeReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NoticeReader() {
    }

    public static HolidayNotice notice(String json) {
        JsonNode root = parse(json);
        RegionCode region = root.hasNonNull("region") ? RegionCode.of(root.get("region").asString()) : RegionCode.NATIONAL;
        int year = required(root, "year").asInt();
        String source = root.hasNonNull("source") ? root.get("source").asString()
                : root.path("papers").path(0).asString("");
        String confidence = root.hasNonNull("confidence") ? root.get("confidence").asString() : "official";
        List<NoticeDay> days = new ArrayList<>();
        for (JsonNode day : required(root, "days")) {
            days.add(new NoticeDay(date(required(day, "date").asString()), day.path("name").asString(""),
                    required(day, "isOffDay").asBoolean()));
        }
        return new HolidayNotice(region, year, source, confidence, days);
    }

    public static RegionOverlay overlay(String json) {
        JsonNode root = parse(json);
        List<RegionalFestival> festivals = new ArrayList<>();
        for (JsonNode f : required(root, "festivals")) {
            festivals.add(new RegionalFestival(required(f, "name").asString(), required(f, "calendar").asString(),
                    required(f, "month").asInt(), required(f, "day").asInt(), required(f, "workingDaysOff").asInt()));
        }
        return new RegionOverlay(required(root, "prefix").asString(), required(root, "name").asString(),
                root.path("legalBasis").asString(""), festivals);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            throw new CalendarException.InvalidNotice("not JSON: " + e.getOriginalMessage());
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new CalendarException.InvalidNotice("field '" + field + "' is missing");
        }
        return value;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CalendarException.InvalidNotice("'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
