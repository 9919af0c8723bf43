package cn.shixian.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** {@code disclosure.deadline.recomputed}: a calendar change moved an open obligation's due date. */
public record DeadlineRecomputed(String itemId, int version, String region, String responsibleBody, String title,
                                 LocalDate changedOn, LocalDate dueOn, OffsetDateTime dueAt, int workingDays,
                                 String calendarVersion, boolean provisional, boolean timeLimitUnparsed,
                                 LocalDate previousDueOn) implements EventData {

    @Override
    public String key() {
        return itemId;
    }

    @Override
    public EventType eventType() {
        return EventType.DEADLINE_RECOMPUTED;
    }
}
