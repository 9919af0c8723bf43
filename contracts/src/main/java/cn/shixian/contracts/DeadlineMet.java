package cn.shixian.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** {@code disclosure.deadline.met}: the obligation was met by a publication, on time or late. */
public record DeadlineMet(String itemId, int version, OffsetDateTime publishedAt, LocalDate dueOn, boolean late,
                          int workingDaysLate) implements EventData {

    @Override
    public String key() {
        return itemId;
    }

    @Override
    public EventType eventType() {
        return EventType.DEADLINE_MET;
    }
}
