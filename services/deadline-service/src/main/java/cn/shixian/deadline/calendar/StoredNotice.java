package cn.shixian.deadline.calendar;

import java.time.OffsetDateTime;

/** A holiday notice loaded at runtime, as kept in {@code calendar_notice}. */
record StoredNotice(String region, int year, String source, String confidence, String document,
                    String calendarVersion, OffsetDateTime loadedAt, String loadedBy) {
}
