package cn.shixian.deadline.request;

import cn.shixian.contracts.ApplicantType;
import cn.shixian.contracts.RequestAnswered;
import cn.shixian.contracts.RequestConsultationEnded;
import cn.shixian.contracts.RequestConsultationStarted;
import cn.shixian.contracts.RequestCorrected;
import cn.shixian.contracts.RequestCorrectionRequested;
import cn.shixian.contracts.RequestEvent;
import cn.shixian.contracts.RequestExtended;
import cn.shixian.contracts.RequestReceived;
import cn.shixian.contracts.RequestWithdrawn;
import cn.shixian.workcalendar.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request's answer period (答复期限) after the events applied so far: its state, due date and why,
 * each pause and extension, the flags and the officer's reading of it. Immutable: {@link #apply}
 * returns the next clock, or a refusal that leaves this one as it was.
 *
 * @param due         the latest count; while {@link RequestState#paused() paused} nothing is due and
 *                    {@link #dueOn()} is empty, but {@code due} still says where the clock stood
 * @param pauses      every pause in order, the running one last
 * @param answer      null until answered
 * @param closedOn    the day it was answered, withdrawn or closed; null while open
 * @param lastEventOn the day of the latest event applied: later events may not be dated before it
 */
public record RequestClock(RequestReceived request, RegionCode region, LocalDate receivedOn, RequestState state,
                           RequestDueDate due, List<Pause> pauses, List<ClockFlag> flags, List<ClockStep> steps,
                           Answer answer, LocalDate closedOn, LocalDate lastEventOn) {

    public RequestClock {
        pauses = List.copyOf(pauses);
        flags = List.copyOf(flags);
        steps = List.copyOf(steps);
    }

    /** The clock of a request just received: 20 working days after the receipt date (art. 33). */
    public static RequestClock receive(RequestReceived received, RequestRules rules) {
        RegionCode region = RegionCode.of(received.region());
        LocalDate receivedOn = rules.dayOf(received.receivedAt());
        RequestDueDate due = RequestDueDate.count(receivedOn, RequestDueDate.Start.RECEIPT, List.of(), List.of(),
                region, rules);
        ClockStep step = new ClockStep(receivedOn, ClockStep.Kind.RECEIVED, due.dueOn(),
                "received (收到申请): " + due.answerDays() + " working days to answer");
        return new RequestClock(received, region, receivedOn, RequestState.OPEN, due, List.of(), List.of(),
                List.of(step), null, null, receivedOn);
    }

    /** This request after {@code event}, or why the event does not fit. */
    public Decision apply(RequestEvent event, RequestRules rules) {
        LocalDate on = rules.dayOf(event.occurredAt());
        Optional<Refusal> misfit = RequestOrder.check(this, event, on);
        if (misfit.isPresent()) {
            return new Decision.Refused(misfit.get());
        }
        return switch (event) {
            case RequestCorrectionRequested requested -> Corrections.request(this, requested, on, rules);
            case RequestCorrected corrected -> Corrections.corrected(this, corrected, on, rules);
            case RequestConsultationStarted started -> Consultations.start(this, started, on, rules);
            case RequestConsultationEnded ended -> Consultations.end(this, ended, on, rules);
            case RequestExtended extended -> Extensions.extend(this, extended, on, rules);
            case RequestAnswered answered -> Closings.answer(this, answered, on, rules);
            case RequestWithdrawn withdrawn -> Closings.withdraw(this, withdrawn, on, rules);
            case RequestReceived received -> throw new IllegalStateException("RequestOrder refuses a second receipt");
        };
    }

    public String requestId() {
        return request.requestId();
    }

    public ApplicantType applicantType() {
        return request.applicantType();
    }

    /** The last day to answer on; empty while the clock stands still (waiting for a correction, consulting). */
    public Optional<LocalDate> dueOn() {
        return state.paused() ? Optional.empty() : Optional.of(due.dueOn());
    }

    public Optional<Answer> answered() {
        return Optional.ofNullable(answer);
    }

    /** The pause that lasts now, if any. */
    public Optional<Pause> runningPause() {
        return pauses.isEmpty() || !pauses.getLast().running() ? Optional.empty() : Optional.of(pauses.getLast());
    }

    /** While waiting for a correction: the last day the applicant may correct (补正期限). */
    public Optional<LocalDate> correctionDeadline(RequestRules rules) {
        return state != RequestState.WAITING_FOR_CORRECTION ? Optional.empty()
                : Optional.of(rules.due(pauses.getLast().from(), rules.limits().correctionWait(), region).date());
    }

    /** Whether on {@code day} the request may be closed as 逾期不补正: the time to correct is over. */
    public boolean correctionLapsed(LocalDate day, RequestRules rules) {
        return correctionDeadline(rules).map(day::isAfter).orElse(false);
    }

    /** The working days of all extensions so far. */
    public int extensionDays() {
        return due.extensionDays();
    }

    boolean correctionEverRequested() {
        return pauses.stream().anyMatch(p -> p.kind() == Pause.Kind.CORRECTION);
    }

    /** The next clock: state and count after a step on {@code on}. */
    RequestClock next(RequestState nextState, RequestDueDate nextDue, LocalDate on, ClockStep step) {
        return new RequestClock(request, region, receivedOn, nextState, nextDue, pauses, flags, plus(steps, step),
                answer, closedOn, on);
    }

    RequestClock pausedBy(Pause pause) {
        return new RequestClock(request, region, receivedOn, state, due, plus(pauses, pause), flags, steps, answer,
                closedOn, lastEventOn);
    }

    /** This clock with its running pause ended on {@code on}. */
    RequestClock pauseEnded(Pause ended) {
        List<Pause> list = new ArrayList<>(pauses);
        list.set(list.size() - 1, ended);
        return new RequestClock(request, region, receivedOn, state, due, list, flags, steps, answer, closedOn,
                lastEventOn);
    }

    RequestClock flagged(ClockFlag flag) {
        return new RequestClock(request, region, receivedOn, state, due, pauses, plus(flags, flag), steps, answer,
                closedOn, lastEventOn);
    }

    RequestClock closed(RequestState finalState, Answer finalAnswer, LocalDate on, ClockStep step) {
        return new RequestClock(request, region, receivedOn, finalState, due, pauses, flags, plus(steps, step),
                finalAnswer, on, on);
    }

    private static <T> List<T> plus(List<T> list, T element) {
        List<T> longer = new ArrayList<>(list);
        longer.add(element);
        return longer;
    }
}
