package cn.shixian.deadline.request;

import cn.shixian.contracts.RequestOutcome;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The agency's answer (答复).
 *
 * @param workingDaysLate working days in (dueOn, answeredOn]; 0 when on time
 * @param late            answered after the due date (even on a day off just after it, with 0 working days late)
 */
public record Answer(OffsetDateTime answeredAt, LocalDate answeredOn, RequestOutcome outcome, boolean late,
                     int workingDaysLate) {
}
