package cn.shixian.contracts;

import java.time.OffsetDateTime;

/**
 * {@code disclosure.request.answered}: the agency answered (答复) with one of the yearly report's
 * outcomes; {@link RequestOutcome#OTHER_NOT_CORRECTED} closes a request whose applicant did not correct it.
 */
public record RequestAnswered(String requestId, OffsetDateTime answeredAt, RequestOutcome outcome)
        implements RequestEvent {

    @Override
    public OffsetDateTime occurredAt() {
        return answeredAt;
    }

    @Override
    public EventType eventType() {
        return EventType.REQUEST_ANSWERED;
    }
}
