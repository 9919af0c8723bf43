package cn.shixian.deadline.requestapi;

import cn.shixian.deadline.request.Answer;
import cn.shixian.deadline.request.ClockFlag;
import cn.shixian.deadline.request.ClockStep;
import cn.shixian.deadline.request.Extension;
import cn.shixian.deadline.request.Pause;
import cn.shixian.deadline.request.RequestClock;
import cn.shixian.deadline.request.RequestDueDate;
import java.time.LocalDate;
import java.util.List;

/**
 * One request's clock as the officer reads it (申请办理时限): receipt, due date and the reason for it
 * in words, each pause and extension, the flags of arts. 30 and 32, the steps, and the answer.
 *
 * @param dueOn     the last day to answer on; null while the clock stands still or once withdrawn
 * @param dueReason how the due date is counted, e.g. "20 working days after receipt (收到申请) on … = 20 working days: …"
 * @param answer    null until answered (or closed as 逾期不补正)
 */
record RequestDetail(String requestId, String region, String responsibleBody, String subject, String applicantType,
                     String channel, String itemId, LocalDate receivedOn, String state, LocalDate dueOn,
                     LocalDate countedDueOn, String dueReason, LocalDate startedOn, String startedFrom,
                     int workingDays, int extensionDays, boolean provisional, String calendarVersion,
                     List<Pause> pauses, List<Extension> extensions, List<Flag> flags, List<ClockStep> steps,
                     AnswerView answer, LocalDate closedOn) {

    /** A flag with its sentence. */
    record Flag(ClockFlag.Kind kind, LocalDate on, int workingDays, int limit, String message) {
    }

    /** The answer: its outcome (a row of the yearly report), on time or late. */
    record AnswerView(String outcome, String outcomeLabel, LocalDate answeredOn, boolean onTime, int workingDaysLate) {
    }

    static RequestDetail of(RequestClock clock) {
        RequestDueDate due = clock.due();
        var request = clock.request();
        return new RequestDetail(clock.requestId(), request.region(), request.responsibleBody(), request.subject(),
                request.applicantType().name(), request.channel().name(), request.itemId(), clock.receivedOn(),
                clock.state().name(), clock.dueOn().orElse(null), due.dueOn(), due.reason(), due.startedOn(),
                due.start().name(), due.workingDays(), due.extensionDays(), due.provisional(), due.calendarVersion(),
                clock.pauses(), due.extensions(), clock.flags().stream().map(RequestDetail::flag).toList(),
                clock.steps(), clock.answered().map(RequestDetail::answer).orElse(null), clock.closedOn());
    }

    private static Flag flag(ClockFlag flag) {
        return new Flag(flag.kind(), flag.on(), flag.workingDays(), flag.limit(), flag.message());
    }

    private static AnswerView answer(Answer answer) {
        return new AnswerView(answer.outcome().name(), answer.outcome().label(), answer.answeredOn(), !answer.late(),
                answer.workingDaysLate());
    }
}
