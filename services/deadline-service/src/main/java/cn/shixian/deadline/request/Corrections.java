package cn.shixian.deadline.request;

import cn.shixian.contracts.RequestCorrected;
import cn.shixian.contracts.RequestCorrectionRequested;
import java.time.LocalDate;

/**
 * 补正 (art. 30): the agency asks once for a correction, within 7 working days of receipt (later
 * is flagged, not refused: the request still has to be answered); nothing is due while it waits;
 * the corrected application starts the 20 working days again.
 */
final class Corrections {

    private Corrections() {
    }

    static Decision request(RequestClock clock, RequestCorrectionRequested event, LocalDate on, RequestRules rules) {
        if (clock.correctionEverRequested()) {
            return RequestOrder.refusal(clock, event, Refusal.Reason.CORRECTION_ALREADY_REQUESTED,
                    "a correction was already requested on " + clock.pauses().stream()
                            .filter(p -> p.kind() == Pause.Kind.CORRECTION).findFirst().orElseThrow().from()
                            + "; art. 30 asks for it once (一次性告知)");
        }
        if (clock.state() == RequestState.IN_CONSULTATION) {
            return RequestOrder.refusal(clock, event, Refusal.Reason.CONSULTATION_RUNNING, "the consultation of "
                    + clock.runningPause().orElseThrow().detail() + " is still running; end it before asking for a correction");
        }
        RequestClock waiting = clock.pausedBy(Pause.correction(on, event.reason(), clock.due().dueOn()));
        int afterReceipt = rules.between(clock.receivedOn(), on, clock.region());
        if (afterReceipt > rules.limits().correctionNotice()) {
            waiting = waiting.flagged(new ClockFlag(ClockFlag.Kind.LATE_CORRECTION_REQUEST, on, afterReceipt,
                    rules.limits().correctionNotice()));
        }
        LocalDate lastDay = rules.due(on, rules.limits().correctionWait(), clock.region()).date();
        return new Decision.Accepted(waiting.next(RequestState.WAITING_FOR_CORRECTION, clock.due(), on,
                new ClockStep(on, ClockStep.Kind.CORRECTION_REQUESTED, null, "correction requested (补正告知) "
                        + afterReceipt + " working days after receipt: nothing is due until it is corrected;"
                        + " the applicant has until " + lastDay)));
    }

    static Decision corrected(RequestClock clock, RequestCorrected event, LocalDate on, RequestRules rules) {
        if (clock.state() != RequestState.WAITING_FOR_CORRECTION) {
            return RequestOrder.refusal(clock, event, Refusal.Reason.NO_CORRECTION_PENDING,
                    "request " + clock.requestId() + " is " + clock.state() + ", not waiting for a correction");
        }
        Pause waited = clock.runningPause().orElseThrow();
        RequestClock resumed = clock.pauseEnded(waited.endedOn(on, rules.between(waited.from(), on, clock.region())));
        RequestDueDate restarted = clock.due().restartedOn(on, clock.region(), rules);
        return new Decision.Accepted(resumed.next(RequestState.OPEN, restarted, on,
                new ClockStep(on, ClockStep.Kind.RESTARTED, restarted.dueOn(),
                        "corrected (已补正): counted again, " + restarted.reason())));
    }
}
