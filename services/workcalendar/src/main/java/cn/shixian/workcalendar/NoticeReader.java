package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads holiday notices and regional overlays from JSON (formats in the module README), at load
 * time only. A national notice may come in the per-year format of the holiday-cn dataset
 * ({@code year}, {@code papers}, {@code days}), which is how the bundled State Council notices are kept.
 */
public final class NoticeReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NoticeReader() {
    }

    public static HolidayNotice notice(String json) {
        JsonNode root = parse(json);
        RegionCode region = root.hasNonNull("region")
                ? RegionCode.of(root.get("region").asString()) : RegionCode.NATIONAL;
        // holiday-cn keeps the notice's addresses in "papers"
        String source = root.hasNonNull("source")
                ? root.get("source").asString() : String.join(" ", strings(root.path("papers")));
        List<NoticeDay> days = new ArrayList<>();
        for (JsonNode day : required(root, "days")) {
            days.add(new NoticeDay(date(required(day, "date").asString()), day.path("name").asString(""),
                    bool(day, "isOffDay"), day.path("cancelsNationalWork").asBoolean(false)));
        }
        return new HolidayNotice(region, integer(root, "year"), source, root.path("confidence").asString(null), days);
    }

    /**
     * The regional holiday facts in the format of {@code ../shared/reference/holidays/regional/}
     * ({@code rules} by prefix; {@code entries} with {@code region}, {@code name}, {@code year},
     * {@code off}, {@code work}, {@code cancelledNationalWork}, {@code source}, {@code confidence}).
     */
    public static RegionalHolidayFacts regionalFacts(String json) {
        JsonNode root = parse(json);
        Map<RegionCode, String> rules = new HashMap<>();
        root.path("rules").properties().forEach(rule -> rules.put(RegionCode.of(rule.getKey()), rule.getValue().asString()));
        List<RegionalHolidayFacts.Entry> entries = new ArrayList<>();
        for (JsonNode entry : required(root, "entries")) {
            entries.add(new RegionalHolidayFacts.Entry(RegionCode.of(required(entry, "region").asString()),
                    required(entry, "name").asString(), integer(entry, "year"), dates(entry.path("off")),
                    dates(entry.path("work")), dates(entry.path("cancelledNationalWork")),
                    entry.path("source").asString(""), entry.path("confidence").asString("")));
        }
        return RegionalHolidayFacts.of(rules, entries);
    }

    public static RegionOverlay overlay(String json) {
        JsonNode root = parse(json);
        List<RegionalFestival> festivals = new ArrayList<>();
        for (JsonNode f : required(root, "festivals")) {
            FestivalDate date = festivalDate(f);
            // a festival only its notices place assumes no days: nothing to count
            int daysOff = date instanceof FestivalDate.AnnouncedOnly ? f.path("workingDaysOff").asInt(0)
                    : integer(f, "workingDaysOff");
            festivals.add(new RegionalFestival(required(f, "name").asString(), date, daysOff));
        }
        return new RegionOverlay(RegionCode.of(required(root, "prefix").asString()), root.path("name").asString(""),
                root.path("legalBasis").asString(""), festivals);
    }

    private static FestivalDate festivalDate(JsonNode festival) {
        String calendar = required(festival, "calendar").asString();
        if (calendar.equals("announced")) {
            return new FestivalDate.AnnouncedOnly();
        }
        int month = integer(festival, "month");
        int day = integer(festival, "day");
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new CalendarException.InvalidNotice(calendar + " month " + month + " day " + day + " does not exist");
        }
        return switch (calendar) {
            case "islamic" -> new FestivalDate.Islamic(month, day);
            case "chinese" -> new FestivalDate.ChineseLunar(month, day);
            case "gregorian" -> new FestivalDate.Gregorian(month, day);
            default -> throw new CalendarException.InvalidNotice("festival calendar '" + calendar
                    + "' is not one of islamic, chinese, gregorian, announced");
        };
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
            throw new CalendarException.InvalidNotice("field '" + field + "' is missing in " + node);
        }
        return value;
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new CalendarException.InvalidNotice("field '" + field + "' must be a whole number, was " + value);
        }
        return value.asInt();
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isBoolean()) {
            throw new CalendarException.InvalidNotice("field '" + field + "' must be true or false, was " + value);
        }
        return value.asBoolean();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static List<LocalDate> dates(JsonNode array) {
        return strings(array).stream().map(NoticeReader::date).toList();
    }

    private static LocalDate date(String text) {
        try {
            return DueQuery.parseDate(text);
        } catch (CalendarException.InvalidDate e) {
            throw new CalendarException.InvalidNotice("notice day: " + e.getMessage());
        }
    }
}
