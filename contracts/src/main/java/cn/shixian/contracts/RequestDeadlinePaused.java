package cn.shixian.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * {@code disclosure.request.deadline.paused}: the answer period stopped; nothing is due (and
 * nothing alerts) until a {@code recomputed} says where it runs to.
 *
 * @param previousDueOn the due date when the clock stopped
 * @param resumeBy      for a correction: the last day the applicant may correct (else it can be
 *                      closed as 逾期不补正); for a third party: the last day of its 15 working days
 *                      (art. 32); absent for another agency
 */
public record RequestDeadlinePaused(String requestId, Cause cause, OffsetDateTime pausedAt, LocalDate previousDueOn,
                                    LocalDate resumeBy) implements RequestDeadlineEvent {

    /** Why the clock stopped. */
    public enum Cause {
        /** 补正: waiting for the applicant's corrected application (art. 30). */
        CORRECTION_REQUESTED,
        /** 征求意见: waiting for a third party or another agency (arts. 32, 33). */
        CONSULTATION_STARTED
    }

    @Override
    public EventType eventType() {
        return EventType.REQUEST_DEADLINE_PAUSED;
    }
}
