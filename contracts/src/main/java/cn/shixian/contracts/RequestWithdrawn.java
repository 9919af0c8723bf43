package cn.shixian.contracts;

import java.time.OffsetDateTime;

/** {@code disclosure.request.withdrawn}: the applicant withdrew the application (撤回申请). */
public record RequestWithdrawn(String requestId, OffsetDateTime at) implements RequestEvent {

    @Override
    public OffsetDateTime occurredAt() {
        return at;
    }

    @Override
    public EventType eventType() {
        return EventType.REQUEST_WITHDRAWN;
    }
}
