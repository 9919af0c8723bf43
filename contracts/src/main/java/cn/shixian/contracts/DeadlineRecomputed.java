package cn.shixian.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * {@code disclosure.deadline.recomputed}: a calendar change moved an open obligation's due date.
 *
 * @param period for a fixed-date or periodic obligation, the period whose due date moved; null otherwise
 */
public record DeadlineRecomputed(String itemId, int version, String region, String responsibleBody, String title,
                                 LocalDate changedOn, LocalDate dueOn, OffsetDateTime dueAt, int workingDays,
                                 String calendarVersion, boolean provisional, boolean timeLimitUnparsed,
                                 LocalDate previousDueOn, String period) implements EventData {

    /** Without a period: the obligation does not recur. */
    public DeadlineRecomputed(String itemId, int version, String region, String responsibleBody, String title,
                              LocalDate changedOn, LocalDate dueOn, OffsetDateTime dueAt, int workingDays,
                              String calendarVersion, boolean provisional, boolean timeLimitUnparsed,
                              LocalDate previousDueOn) {
        this(itemId, version, region, responsibleBody, title, changedOn, dueOn, dueAt, workingDays, calendarVersion,
                provisional, timeLimitUnparsed, previousDueOn, null);
    }

    @Override
    public String key() {
        return itemId;
    }

    @Override
    public EventType eventType() {
        return EventType.DEADLINE_RECOMPUTED;
    }
}
