package cn.shixian.deadline.calendar;

import java.time.OffsetDateTime;

/**
 * One loaded notice year, as {@code GET /api/calendars} lists it.
 *
 * @param origin   {@code bundled} (shipped with the workcalendar library) or {@code loaded} (at runtime)
 * @param confirmed false for an unverified transcription: the year stays provisional
 */
record CalendarYear(String region, int year, String source, String confidence, boolean confirmed,
                    String calendarVersion, String origin, OffsetDateTime loadedAt, String loadedBy) {
}
