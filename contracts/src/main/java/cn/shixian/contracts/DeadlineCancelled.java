package cn.shixian.contracts;

/** {@code disclosure.deadline.cancelled}: the obligation ended without publication (item retired). */
public record DeadlineCancelled(String itemId, int version, String reason) implements EventData {

    @Override
    public String key() {
        return itemId;
    }

    @Override
    public EventType eventType() {
        return EventType.DEADLINE_CANCELLED;
    }
}
