package cn.shixian.deadline.calendar;

import cn.shixian.workcalendar.Confidence;
import java.time.OffsetDateTime;

/**
 * One loaded notice year, as {@code GET /api/calendars} lists it.
 *
 * @param confidence      as the notice words it, e.g. {@code official text (reprint)}
 * @param confidenceLevel {@code OFFICIAL_TEXT}, {@code NEWS_REPORT} or {@code THIRD_PARTY_DATASET}
 * @param confirmed       false for a third-party dataset (or an unverified transcription): the year stays provisional
 * @param origin          {@code bundled} (shipped with the workcalendar library) or {@code loaded} (at runtime)
 */
record CalendarYear(String region, int year, String source, String confidence, Confidence confidenceLevel,
                    boolean confirmed, String calendarVersion, String origin, OffsetDateTime loadedAt, String loadedBy) {
}
