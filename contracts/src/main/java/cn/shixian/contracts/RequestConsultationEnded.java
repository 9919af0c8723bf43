package cn.shixian.contracts;

import java.time.OffsetDateTime;

/** {@code disclosure.request.consultation-ended}: the consulted party answered, or the agency stopped waiting. */
public record RequestConsultationEnded(String requestId, OffsetDateTime at) implements RequestEvent {

    @Override
    public OffsetDateTime occurredAt() {
        return at;
    }

    @Override
    public EventType eventType() {
        return EventType.REQUEST_CONSULTATION_ENDED;
    }
}
