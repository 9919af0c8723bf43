package cn.shixian.deadline.request;

import cn.shixian.contracts.RequestAnswered;
import cn.shixian.contracts.RequestOutcome;
import cn.shixian.contracts.RequestWithdrawn;
import java.time.LocalDate;

/**
 * How a request ends: answered (on time up to the end of the due date, else late by the working
 * days after it), closed as 逾期不补正 once the applicant's time to correct is over, or withdrawn.
 */
final class Closings {

    private Closings() {
    }

    static Decision answer(RequestClock clock, RequestAnswered event, LocalDate on, RequestRules rules) {
        boolean notCorrected = event.outcome() == RequestOutcome.OTHER_NOT_CORRECTED;
        if (clock.state() == RequestState.WAITING_FOR_CORRECTION) {
            return notCorrected ? closeNotCorrected(clock, event, on, rules)
                    : Consultations.waitingForCorrection(clock, event);
        }
        if (notCorrected) {
            return RequestOrder.refusal(clock, event, Refusal.Reason.NO_CORRECTION_PENDING, "request "
                    + clock.requestId() + " is not waiting for a correction, so it cannot be closed as 逾期不补正");
        }
        RequestClock answering = clock;
        if (clock.state() == RequestState.IN_CONSULTATION) {
            // the agency answered without waiting any longer: the consultation ends with the answer
            RequestClock ended = Consultations.endRunning(clock, on, rules);
            RequestDueDate moved = clock.due().withConsultation(ended.pauses().getLast(), clock.region(), rules);
            answering = ended.next(RequestState.OPEN, moved, on, new ClockStep(on, ClockStep.Kind.CONSULTATION_ENDED,
                    moved.dueOn(), "consultation ended with the answer: " + moved.reason()));
        }
        return new Decision.Accepted(answered(answering, event, on, rules));
    }

    static Decision withdraw(RequestClock clock, RequestWithdrawn event, LocalDate on, RequestRules rules) {
        RequestClock withdrawing = clock.state() == RequestState.IN_CONSULTATION
                ? Consultations.endRunning(clock, on, rules) : clock;
        if (clock.state() == RequestState.WAITING_FOR_CORRECTION) {
            Pause waited = clock.runningPause().orElseThrow();
            withdrawing = clock.pauseEnded(waited.endedOn(on, rules.between(waited.from(), on, clock.region())));
        }
        return new Decision.Accepted(withdrawing.closed(RequestState.WITHDRAWN, null, on,
                new ClockStep(on, ClockStep.Kind.WITHDRAWN, null, "withdrawn by the applicant (撤回申请)")));
    }

    private static RequestClock answered(RequestClock clock, RequestAnswered event, LocalDate on, RequestRules rules) {
        LocalDate dueOn = clock.due().dueOn();
        boolean late = on.isAfter(dueOn);
        int daysLate = late ? rules.between(dueOn, on, clock.region()) : 0;
        Answer answer = new Answer(event.answeredAt(), on, event.outcome(), late, daysLate);
        String note = late ? "answered late (逾期答复), " + daysLate + " working days after " + dueOn
                : "answered on time (按期答复), due " + dueOn;
        return clock.closed(late ? RequestState.ANSWERED_LATE : RequestState.ANSWERED_ON_TIME, answer, on,
                new ClockStep(on, ClockStep.Kind.ANSWERED, dueOn, note + ": " + event.outcome().label()));
    }

    private static Decision closeNotCorrected(RequestClock clock, RequestAnswered event, LocalDate on,
                                              RequestRules rules) {
        LocalDate lastDay = clock.correctionDeadline(rules).orElseThrow();
        if (!on.isAfter(lastDay)) {
            return RequestOrder.refusal(clock, event, Refusal.Reason.CORRECTION_PERIOD_RUNNING, "the applicant may"
                    + " correct until " + lastDay + " (" + rules.limits().correctionWait()
                    + " working days after the request for correction); close it as 逾期不补正 after that day");
        }
        Pause waited = clock.runningPause().orElseThrow();
        RequestClock lapsed = clock.pauseEnded(waited.endedOn(on, rules.between(waited.from(), on, clock.region())));
        Answer answer = new Answer(event.answeredAt(), on, event.outcome(), false, 0);
        return new Decision.Accepted(lapsed.closed(RequestState.CLOSED_NOT_CORRECTED, answer, on,
                new ClockStep(on, ClockStep.Kind.CLOSED_NOT_CORRECTED, null, "closed: not corrected by " + lastDay
                        + " (逾期不补正，不再处理)")));
    }
}
