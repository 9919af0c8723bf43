package cn.shixian.deadline.request;

import cn.shixian.contracts.RequestConsultationEnded;
import cn.shixian.contracts.RequestConsultationStarted;
import cn.shixian.contracts.RequestConsultationStarted.PartyKind;
import cn.shixian.contracts.RequestEvent;
import java.time.LocalDate;

/**
 * 征求意见 (arts. 32, 33): the time spent consulting a third party or another agency is not
 * counted, so the due date moves by the working days in (started, ended]. A third party has 15
 * working days; taking longer is flagged. One consultation at a time, since the ending event does
 * not say which one ends.
 */
final class Consultations {

    private Consultations() {
    }

    static Decision start(RequestClock clock, RequestConsultationStarted event, LocalDate on, RequestRules rules) {
        if (clock.state() == RequestState.WAITING_FOR_CORRECTION) {
            return waitingForCorrection(clock, event);
        }
        if (clock.state() == RequestState.IN_CONSULTATION) {
            return RequestOrder.refusal(clock, event, Refusal.Reason.CONSULTATION_RUNNING, "the consultation of "
                    + clock.runningPause().orElseThrow().detail() + " since " + clock.runningPause().orElseThrow().from()
                    + " is still running; one consultation at a time");
        }
        Pause pause = Pause.consultation(on, event.party(), event.kindOfParty(), clock.due().dueOn());
        String replyBy = event.kindOfParty() == PartyKind.THIRD_PARTY
                ? "; the third party answers by " + rules.due(on, rules.limits().thirdPartyReply(), clock.region()).date()
                : "";
        return new Decision.Accepted(clock.pausedBy(pause).next(RequestState.IN_CONSULTATION, clock.due(), on,
                new ClockStep(on, ClockStep.Kind.CONSULTATION_STARTED, null,
                        "consulting " + event.party() + " (征求意见): the clock stands still" + replyBy)));
    }

    static Decision end(RequestClock clock, RequestConsultationEnded event, LocalDate on, RequestRules rules) {
        if (clock.state() != RequestState.IN_CONSULTATION) {
            return RequestOrder.refusal(clock, event, Refusal.Reason.NO_CONSULTATION_RUNNING,
                    "request " + clock.requestId() + " is " + clock.state() + ", no consultation is running");
        }
        RequestClock ended = endRunning(clock, on, rules);
        Pause consultation = ended.pauses().getLast();
        RequestDueDate moved = clock.due().withConsultation(consultation, clock.region(), rules);
        return new Decision.Accepted(ended.next(RequestState.OPEN, moved, on,
                new ClockStep(on, ClockStep.Kind.CONSULTATION_ENDED, moved.dueOn(), "consultation ended after "
                        + consultation.workingDays() + " working days, not counted: " + moved.reason())));
    }

    /** The clock with its running consultation ended on {@code on}, flagged if a third party took too long. */
    static RequestClock endRunning(RequestClock clock, LocalDate on, RequestRules rules) {
        Pause running = clock.runningPause().orElseThrow();
        int days = rules.between(running.from(), on, clock.region());
        RequestClock ended = clock.pauseEnded(running.endedOn(on, days));
        int limit = rules.limits().thirdPartyReply();
        return running.partyKind() == PartyKind.THIRD_PARTY && days > limit
                ? ended.flagged(new ClockFlag(ClockFlag.Kind.LONG_THIRD_PARTY_CONSULTATION, on, days, limit))
                : ended;
    }

    static Decision waitingForCorrection(RequestClock clock, RequestEvent event) {
        return RequestOrder.refusal(clock, event, Refusal.Reason.WAITING_FOR_CORRECTION, "request "
                + clock.requestId() + " waits for the correction requested on " + clock.runningPause().orElseThrow().from()
                + ": nothing runs until it is corrected");
    }
}
