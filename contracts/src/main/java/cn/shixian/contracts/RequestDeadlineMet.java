package cn.shixian.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * {@code disclosure.request.deadline.met}: the request was answered, on time or late.
 *
 * @param workingDaysLate working days after dueOn the answer came; 0 when on time
 */
public record RequestDeadlineMet(String requestId, OffsetDateTime answeredAt, RequestOutcome outcome, LocalDate dueOn,
                                 boolean late, int workingDaysLate) implements RequestDeadlineEvent {

    @Override
    public EventType eventType() {
        return EventType.REQUEST_DEADLINE_MET;
    }
}
