package cn.shixian.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * {@code disclosure.request.deadline.recomputed}: the answer period runs (again) to a new due date.
 *
 * @param startedOn      the day the period is counted from: the receipt date, or the day the
 *                       corrected application came in (补正后重新起算)
 * @param workingDays    working days counted after startedOn: 20 + consultation days + extension days
 * @param previousDueOn  the due date before this change
 */
public record RequestDeadlineRecomputed(String requestId, String region, String responsibleBody, Cause cause,
                                        LocalDate startedOn, LocalDate dueOn, OffsetDateTime dueAt, int workingDays,
                                        LocalDate previousDueOn, String calendarVersion, boolean provisional)
        implements RequestDeadlineEvent {

    /** Why the due date moved. */
    public enum Cause {
        /** 补正: the period started again from the corrected application. */
        CORRECTED,
        /** 征求意见结束: the consultation's working days were added. */
        CONSULTATION_ENDED,
        /** 延期: an approved extension was added. */
        EXTENDED,
        /** A holiday notice was loaded or corrected. */
        CALENDAR_CHANGED
    }

    @Override
    public EventType eventType() {
        return EventType.REQUEST_DEADLINE_RECOMPUTED;
    }
}
