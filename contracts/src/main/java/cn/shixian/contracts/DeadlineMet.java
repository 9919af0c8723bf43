package cn.shixian.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * {@code disclosure.deadline.met}: the obligation was met by a publication, on time or late.
 *
 * @param period for a fixed-date or periodic obligation, the period met; null otherwise
 */
public record DeadlineMet(String itemId, int version, OffsetDateTime publishedAt, LocalDate dueOn, boolean late,
                          int workingDaysLate, String period) implements EventData {

    /** Without a period: the obligation does not recur. */
    public DeadlineMet(String itemId, int version, OffsetDateTime publishedAt, LocalDate dueOn, boolean late,
                       int workingDaysLate) {
        this(itemId, version, publishedAt, dueOn, late, workingDaysLate, null);
    }

    @Override
    public String key() {
        return itemId;
    }

    @Override
    public EventType eventType() {
        return EventType.DEADLINE_MET;
    }
}
