package cn.shixian.contracts;

import java.time.OffsetDateTime;

/** {@code disclosure.request.deadline.cancelled}: the request ended without an answer being due. */
public record RequestDeadlineCancelled(String requestId, Cause cause, OffsetDateTime cancelledAt)
        implements RequestDeadlineEvent {

    /** Why nothing is due any more. */
    public enum Cause {
        /** 申请人撤回申请. */
        WITHDRAWN,
        /** 逾期不补正: the applicant did not correct in time and the agency closed it (art. 30). */
        NOT_CORRECTED
    }

    @Override
    public EventType eventType() {
        return EventType.REQUEST_DEADLINE_CANCELLED;
    }
}
