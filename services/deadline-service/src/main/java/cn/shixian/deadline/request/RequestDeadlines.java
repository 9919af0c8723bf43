package cn.shixian.deadline.request;

import cn.shixian.contracts.RequestAnswered;
import cn.shixian.contracts.RequestConsultationEnded;
import cn.shixian.contracts.RequestConsultationStarted;
import cn.shixian.contracts.RequestConsultationStarted.PartyKind;
import cn.shixian.contracts.RequestCorrected;
import cn.shixian.contracts.RequestCorrectionRequested;
import cn.shixian.contracts.RequestDeadlineCancelled;
import cn.shixian.contracts.RequestDeadlineEvent;
import cn.shixian.contracts.RequestDeadlineMet;
import cn.shixian.contracts.RequestDeadlineOpened;
import cn.shixian.contracts.RequestDeadlinePaused;
import cn.shixian.contracts.RequestDeadlineRecomputed;
import cn.shixian.contracts.RequestEvent;
import cn.shixian.contracts.RequestExtended;
import cn.shixian.contracts.RequestReceived;
import cn.shixian.contracts.RequestWithdrawn;
import java.time.LocalDate;
import java.util.List;

/**
 * What an accepted request event tells the world about its answer period (答复期限): the
 * {@code disclosure.request.deadline.*} events from the clock before it to the clock after it.
 * An extension during a consultation says nothing yet: nothing is due until the consultation ends,
 * and the recomputed event then counts the extension in. The end of a pause moves the due date from
 * the one in force when the clock stopped (the paused event's {@code previousDueOn}), never from a
 * count no event announced.
 */
public final class RequestDeadlines {

    private RequestDeadlines() {
    }

    /** @param before the clock before {@code event}; null for the receipt */
    public static List<RequestDeadlineEvent> of(RequestClock before, RequestClock after, RequestEvent event,
                                                RequestRules rules) {
        return switch (event) {
            case RequestReceived received -> List.of(opened(after, received, rules));
            case RequestCorrectionRequested requested -> List.of(new RequestDeadlinePaused(after.requestId(),
                    RequestDeadlinePaused.Cause.CORRECTION_REQUESTED, requested.at(), stoppedDue(after),
                    after.correctionDeadline(rules).orElse(null)));
            case RequestConsultationStarted started -> List.of(new RequestDeadlinePaused(after.requestId(),
                    RequestDeadlinePaused.Cause.CONSULTATION_STARTED, started.at(), stoppedDue(after),
                    replyBy(after, started, rules)));
            case RequestCorrected corrected -> List.of(recomputed(stoppedDue(before), after,
                    RequestDeadlineRecomputed.Cause.CORRECTED, rules));
            case RequestConsultationEnded ended -> List.of(recomputed(stoppedDue(before), after,
                    RequestDeadlineRecomputed.Cause.CONSULTATION_ENDED, rules));
            case RequestExtended extended -> after.state().paused() ? List.of()
                    : List.of(recomputed(before.due().dueOn(), after, RequestDeadlineRecomputed.Cause.EXTENDED, rules));
            case RequestAnswered answered -> List.of(closing(after, answered));
            case RequestWithdrawn withdrawn -> List.of(new RequestDeadlineCancelled(after.requestId(),
                    RequestDeadlineCancelled.Cause.WITHDRAWN, withdrawn.at()));
        };
    }

    /** The running answer period counted again on a changed calendar (a holiday notice loaded or corrected). */
    public static RequestDeadlineRecomputed recounted(RequestClock before, RequestClock after, RequestRules rules) {
        return recomputed(before.due().dueOn(), after, RequestDeadlineRecomputed.Cause.CALENDAR_CHANGED, rules);
    }

    /** The due date in force when {@code paused}'s clock stopped: an extension approved since has not been announced. */
    private static LocalDate stoppedDue(RequestClock paused) {
        return paused.runningPause().orElseThrow(() -> new IllegalStateException(
                "request " + paused.requestId() + " is " + paused.state() + ", not paused")).stoppedDue();
    }

    private static RequestDeadlineOpened opened(RequestClock clock, RequestReceived received, RequestRules rules) {
        RequestDueDate due = clock.due();
        return new RequestDeadlineOpened(clock.requestId(), received.region(), received.responsibleBody(),
                received.subject(), received.applicantType(), received.itemId(), clock.receivedOn(), due.dueOn(),
                rules.endOf(due.dueOn()), due.workingDays(), due.calendarVersion(), due.provisional());
    }

    private static RequestDeadlineRecomputed recomputed(LocalDate previousDueOn, RequestClock after,
                                                        RequestDeadlineRecomputed.Cause cause, RequestRules rules) {
        RequestDueDate due = after.due();
        return new RequestDeadlineRecomputed(after.requestId(), after.request().region(),
                after.request().responsibleBody(), cause, due.startedOn(), due.dueOn(), rules.endOf(due.dueOn()),
                due.workingDays(), previousDueOn, due.calendarVersion(), due.provisional());
    }

    /** A third party answers within 15 working days (art. 32); another agency has no such limit. */
    private static LocalDate replyBy(RequestClock clock, RequestConsultationStarted started, RequestRules rules) {
        return started.kindOfParty() == PartyKind.THIRD_PARTY
                ? rules.due(rules.dayOf(started.at()), rules.limits().thirdPartyReply(), clock.region()).date()
                : null;
    }

    private static RequestDeadlineEvent closing(RequestClock clock, RequestAnswered answered) {
        if (clock.state() == RequestState.CLOSED_NOT_CORRECTED) {
            return new RequestDeadlineCancelled(clock.requestId(), RequestDeadlineCancelled.Cause.NOT_CORRECTED,
                    answered.answeredAt());
        }
        Answer answer = clock.answered().orElseThrow();
        return new RequestDeadlineMet(clock.requestId(), answered.answeredAt(), answered.outcome(),
                clock.due().dueOn(), answer.late(), answer.workingDaysLate());
    }
}
