package cn.shixian.contracts;

import java.time.OffsetDateTime;

/**
 * {@code disclosure.request.correction-requested}: the agency asked the applicant, once and in
 * writing, to correct an unclear application (补正, 条例 art. 30); nothing is due until it is corrected.
 */
public record RequestCorrectionRequested(String requestId, OffsetDateTime at, String reason) implements RequestEvent {

    @Override
    public OffsetDateTime occurredAt() {
        return at;
    }

    @Override
    public EventType eventType() {
        return EventType.REQUEST_CORRECTION_REQUESTED;
    }
}
