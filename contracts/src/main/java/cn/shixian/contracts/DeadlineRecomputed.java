package cn.shixian.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * {@code disclosure.deadline.recomputed}: a calendar change, or an officer's reading of the time limit
 * ({@link TimeLimitSet}), moved an open obligation's due date.
 *
 * @param period        for a fixed-date or periodic obligation, the period whose due date moved; null otherwise
 * @param timeLimitKind the kind of time limit it is counted by now, when an officer's reading changed it;
 *                      null: as it was opened
 */
public record DeadlineRecomputed(String itemId, int version, String region, String responsibleBody, String title,
                                 LocalDate changedOn, LocalDate dueOn, OffsetDateTime dueAt, int workingDays,
                                 String calendarVersion, boolean provisional, boolean timeLimitUnparsed,
                                 LocalDate previousDueOn, String period, String timeLimitKind) implements EventData {

    /** Counted by the kind it was opened with. */
    public DeadlineRecomputed(String itemId, int version, String region, String responsibleBody, String title,
                              LocalDate changedOn, LocalDate dueOn, OffsetDateTime dueAt, int workingDays,
                              String calendarVersion, boolean provisional, boolean timeLimitUnparsed,
                              LocalDate previousDueOn, String period) {
        this(itemId, version, region, responsibleBody, title, changedOn, dueOn, dueAt, workingDays, calendarVersion,
                provisional, timeLimitUnparsed, previousDueOn, period, null);
    }

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
