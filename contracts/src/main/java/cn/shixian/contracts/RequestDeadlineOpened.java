package cn.shixian.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * {@code disclosure.request.deadline.opened}: a request was received and its answer period runs.
 *
 * @param receivedOn      local date of receivedAt in the region's zone: the period starts after it
 * @param dueOn           the last day to answer on: the workingDays-th working day after receivedOn
 * @param dueAt           the first instant the answer is late: the start of the day after dueOn
 * @param workingDays     the answer period applied (20, 条例 art. 33)
 * @param provisional     dueOn rests on a year whose holiday notice is not loaded yet
 */
public record RequestDeadlineOpened(String requestId, String region, String responsibleBody, String subject,
                                    ApplicantType applicantType, String itemId, LocalDate receivedOn, LocalDate dueOn,
                                    OffsetDateTime dueAt, int workingDays, String calendarVersion, boolean provisional)
        implements RequestDeadlineEvent {

    @Override
    public EventType eventType() {
        return EventType.REQUEST_DEADLINE_OPENED;
    }
}
