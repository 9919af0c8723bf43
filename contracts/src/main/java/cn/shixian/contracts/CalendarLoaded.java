package cn.shixian.contracts;

import tools.jackson.databind.JsonNode;

/**
 * {@code disclosure.calendar.loaded}: a holiday notice (放假安排通知) was loaded for a region and
 * year; other instances load it too. Compacted topic, key {@code region:year}.
 *
 * @param region          {@code CN} for the State Council's national notice, else a GB/T 2260 prefix
 * @param document        the notice in the workcalendar module's JSON format
 */
public record CalendarLoaded(String region, int year, String source, String confidence, String calendarVersion,
                             JsonNode document) implements EventData {

    @Override
    public String key() {
        return region + ":" + year;
    }

    @Override
    public EventType eventType() {
        return EventType.CALENDAR_LOADED;
    }
}
