package cn.shixian.contracts;

import java.time.OffsetDateTime;

/**
 * {@code disclosure.request.extended}: the head of the disclosure office approved more time (延期答复,
 * 条例 art. 33). At most 20 working days over the whole request: each event may ask for 1–20, the
 * deadline-service refuses the one that would take the total beyond 20.
 *
 * @param workingDays the working days added by this extension
 * @param approvedBy  who approved it (政府信息公开工作机构负责人)
 */
public record RequestExtended(String requestId, OffsetDateTime at, int workingDays, String approvedBy, String reason)
        implements RequestEvent {

    /** The most working days the extensions of one request may add up to. */
    public static final int MAX_TOTAL_WORKING_DAYS = 20;

    @Override
    public OffsetDateTime occurredAt() {
        return at;
    }

    @Override
    public EventType eventType() {
        return EventType.REQUEST_EXTENDED;
    }
}
