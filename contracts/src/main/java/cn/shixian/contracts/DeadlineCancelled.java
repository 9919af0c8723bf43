package cn.shixian.contracts;

/**
 * {@code disclosure.deadline.cancelled}: the obligation ended without publication (item retired).
 *
 * @param period for a fixed-date or periodic obligation, the period cancelled; null otherwise
 */
public record DeadlineCancelled(String itemId, int version, String reason, String period) implements EventData {

    /** Without a period: the obligation does not recur. */
    public DeadlineCancelled(String itemId, int version, String reason) {
        this(itemId, version, reason, null);
    }

    @Override
    public String key() {
        return itemId;
    }

    @Override
    public EventType eventType() {
        return EventType.DEADLINE_CANCELLED;
    }
}
