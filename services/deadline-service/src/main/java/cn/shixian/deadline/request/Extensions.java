package cn.shixian.deadline.request;

import cn.shixian.contracts.RequestExtended;
import java.time.LocalDate;

/** 延期答复 (art. 33): an approved extension moves the due date by its working days, at most 20 in total. */
final class Extensions {

    private Extensions() {
    }

    static Decision extend(RequestClock clock, RequestExtended event, LocalDate on, RequestRules rules) {
        if (clock.state() == RequestState.WAITING_FOR_CORRECTION) {
            return Consultations.waitingForCorrection(clock, event);
        }
        int total = clock.extensionDays() + event.workingDays();
        int limit = rules.limits().maxExtension();
        if (total > limit) {
            return RequestOrder.refusal(clock, event, Refusal.Reason.EXTENSION_OVER_LIMIT, "an extension of "
                    + event.workingDays() + " working days would make " + total + " in total, after "
                    + clock.extensionDays() + " already approved; art. 33 allows at most " + limit);
        }
        Extension extension = new Extension(on, event.workingDays(), event.approvedBy(), event.reason());
        RequestDueDate moved = clock.due().withExtension(extension, clock.region(), rules);
        // in a consultation the extension counts, but nothing is due until it ends
        LocalDate shownDue = clock.state().paused() ? null : moved.dueOn();
        return new Decision.Accepted(clock.next(clock.state(), moved, on, new ClockStep(on, ClockStep.Kind.EXTENDED,
                shownDue, "extended (延期) by " + event.workingDays() + " working days, approved by "
                        + event.approvedBy() + ": " + moved.reason())));
    }
}
