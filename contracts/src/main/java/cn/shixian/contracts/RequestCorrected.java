package cn.shixian.contracts;

import java.time.OffsetDateTime;

/**
 * {@code disclosure.request.corrected}: the corrected application was received; the 20 working
 * days start again from its day (条例 art. 30).
 */
public record RequestCorrected(String requestId, OffsetDateTime at) implements RequestEvent {

    @Override
    public OffsetDateTime occurredAt() {
        return at;
    }

    @Override
    public EventType eventType() {
        return EventType.REQUEST_CORRECTED;
    }
}
