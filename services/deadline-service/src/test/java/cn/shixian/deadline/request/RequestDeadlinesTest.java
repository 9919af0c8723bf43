package cn.shixian.deadline.request;

import static cn.shixian.deadline.request.RequestEvents.RULES;
import static cn.shixian.deadline.request.RequestEvents.answered;
import static cn.shixian.deadline.request.RequestEvents.at;
import static cn.shixian.deadline.request.RequestEvents.clock;
import static cn.shixian.deadline.request.RequestEvents.consultationEnded;
import static cn.shixian.deadline.request.RequestEvents.consultationStarted;
import static cn.shixian.deadline.request.RequestEvents.corrected;
import static cn.shixian.deadline.request.RequestEvents.correctionRequested;
import static cn.shixian.deadline.request.RequestEvents.day;
import static cn.shixian.deadline.request.RequestEvents.extended;
import static cn.shixian.deadline.request.RequestEvents.received;
import static cn.shixian.deadline.request.RequestEvents.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.RequestConsultationStarted.PartyKind;
import cn.shixian.contracts.RequestDeadlineCancelled;
import cn.shixian.contracts.RequestDeadlineEvent;
import cn.shixian.contracts.RequestDeadlineMet;
import cn.shixian.contracts.RequestDeadlineOpened;
import cn.shixian.contracts.RequestDeadlinePaused;
import cn.shixian.contracts.RequestDeadlineRecomputed;
import cn.shixian.contracts.RequestEvent;
import cn.shixian.contracts.RequestOutcome;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestDeadlinesTest {

    @Test
    void aReceiptOpensTheAnswerPeriodLateFromTheStartOfTheDayAfterTheDueDate() {
        RequestDeadlineOpened opened = (RequestDeadlineOpened) only(received("2025-09-26"));

        assertThat(opened.receivedOn()).isEqualTo(day("2025-09-26"));
        assertThat(opened.dueOn()).isEqualTo(day("2025-10-30"));
        assertThat(opened.dueAt()).isEqualTo(OffsetDateTime.parse("2025-10-31T00:00:00+08:00"));
        assertThat(opened.workingDays()).isEqualTo(20);
    }

    @Test
    void aCorrectionRequestPausesUntilTheLastDayToCorrect() {
        RequestDeadlinePaused paused = (RequestDeadlinePaused) only(received("2025-09-26"),
                correctionRequested("2025-09-30"));

        assertThat(paused.cause()).isEqualTo(RequestDeadlinePaused.Cause.CORRECTION_REQUESTED);
        assertThat(paused.previousDueOn()).isEqualTo(day("2025-10-30"));
        assertThat(paused.resumeBy()).isEqualTo(day("2025-10-28"));
    }

    @Test
    void aThirdPartyHasFifteenWorkingDaysAnotherAgencyNoLimit() {
        RequestDeadlinePaused third = (RequestDeadlinePaused) only(received("2025-09-26"),
                consultationStarted("2025-10-20"));
        RequestDeadlinePaused agency = (RequestDeadlinePaused) only(received("2025-09-26"),
                consultationStarted("2025-10-20", PartyKind.AGENCY));

        assertThat(third.resumeBy()).isEqualTo(day("2025-11-10"));
        assertThat(agency.resumeBy()).isNull();
    }

    @Test
    void anExtensionDuringAConsultationWaitsForItsEndToBeAnnounced() {
        assertThat(deadlines(received("2025-09-26"), consultationStarted("2025-10-20"), extended("2025-10-22", 10)))
                .isEmpty();
        RequestDeadlineRecomputed ended = (RequestDeadlineRecomputed) only(received("2025-09-26"),
                consultationStarted("2025-10-20"), extended("2025-10-22", 10), consultationEnded("2025-10-24"));

        assertThat(ended.cause()).isEqualTo(RequestDeadlineRecomputed.Cause.CONSULTATION_ENDED);
        assertThat(ended.workingDays()).isEqualTo(34);
    }

    @Test
    void aConsultationEndedAfterAnExtensionMovesFromTheDueDateInForceWhenTheClockStopped() {
        RequestDeadlinePaused paused = (RequestDeadlinePaused) only(received("2025-09-26"),
                consultationStarted("2025-10-20"));
        RequestDeadlineRecomputed ended = (RequestDeadlineRecomputed) only(received("2025-09-26"),
                consultationStarted("2025-10-20"), extended("2025-10-22", 10), consultationEnded("2025-10-24"));

        // 2025-10-30 was announced before the clock stopped; the extension was never announced on its own
        assertThat(paused.previousDueOn()).isEqualTo(day("2025-10-30"));
        assertThat(ended.previousDueOn()).isEqualTo(paused.previousDueOn());
        assertThat(ended.dueOn()).isEqualTo(day("2025-11-19"));
    }

    @Test
    void twoExtensionsDuringAConsultationStillMoveFromTheDueDateBeforeIt() {
        RequestDeadlineRecomputed ended = (RequestDeadlineRecomputed) only(received("2025-09-26"),
                consultationStarted("2025-10-20"), extended("2025-10-21", 5), extended("2025-10-22", 5),
                consultationEnded("2025-10-24"));

        assertThat(ended.previousDueOn()).isEqualTo(day("2025-10-30"));
        assertThat(ended.workingDays()).isEqualTo(34);
    }

    @Test
    void anExtensionBeforeAConsultationIsPartOfTheDueDateInForceWhenItStopped() {
        RequestDeadlinePaused paused = (RequestDeadlinePaused) only(received("2025-09-26"), extended("2025-10-13", 10),
                consultationStarted("2025-10-20"));
        RequestDeadlineRecomputed ended = (RequestDeadlineRecomputed) only(received("2025-09-26"),
                extended("2025-10-13", 10), consultationStarted("2025-10-20"), consultationEnded("2025-10-24"));

        assertThat(paused.previousDueOn()).isEqualTo(day("2025-11-13"));
        assertThat(ended.previousDueOn()).isEqualTo(day("2025-11-13"));
        assertThat(ended.dueOn()).isEqualTo(day("2025-11-19"));
    }

    @Test
    void aCorrectedApplicationMovesFromTheDueDateInForceWhenTheCorrectionWasRequested() {
        RequestDeadlinePaused paused = (RequestDeadlinePaused) only(received("2025-09-26"), extended("2025-09-29", 10),
                correctionRequested("2025-09-30"));
        RequestDeadlineRecomputed restarted = (RequestDeadlineRecomputed) only(received("2025-09-26"),
                extended("2025-09-29", 10), correctionRequested("2025-09-30"), corrected("2025-10-15"));

        assertThat(restarted.cause()).isEqualTo(RequestDeadlineRecomputed.Cause.CORRECTED);
        assertThat(restarted.previousDueOn()).isEqualTo(paused.previousDueOn());
        assertThat(restarted.startedOn()).isEqualTo(day("2025-10-15"));
        assertThat(restarted.workingDays()).isEqualTo(30);
    }

    @Test
    void anExtensionWhileOpenMovesFromTheDueDateBeforeIt() {
        RequestDeadlineRecomputed extended = (RequestDeadlineRecomputed) only(received("2025-09-26"),
                extended("2025-10-22", 10));

        assertThat(extended.cause()).isEqualTo(RequestDeadlineRecomputed.Cause.EXTENDED);
        assertThat(extended.previousDueOn()).isEqualTo(day("2025-10-30"));
        assertThat(extended.dueOn()).isEqualTo(day("2025-11-13"));
    }

    @Test
    void anAnswerMeetsTheDeadlineOnTimeOrLate() {
        RequestDeadlineMet late = (RequestDeadlineMet) only(received("2025-09-03"),
                answered("2025-10-09", RequestOutcome.DISCLOSED));

        assertThat(late.dueOn()).isEqualTo(day("2025-09-30"));
        assertThat(late.late()).isTrue();
        assertThat(late.workingDaysLate()).isEqualTo(1);
    }

    @Test
    void aWithdrawalOrAnUncorrectedRequestCancels() {
        RequestDeadlineCancelled withdrawal = (RequestDeadlineCancelled) only(received("2025-09-26"),
                withdrawn("2025-10-09"));
        RequestDeadlineCancelled notCorrected = (RequestDeadlineCancelled) only(received("2025-09-26"),
                correctionRequested("2025-09-30"), answered("2025-10-29", RequestOutcome.OTHER_NOT_CORRECTED));

        assertThat(withdrawal.cause()).isEqualTo(RequestDeadlineCancelled.Cause.WITHDRAWN);
        assertThat(withdrawal.cancelledAt()).isEqualTo(at("2025-10-09"));
        assertThat(notCorrected.cause()).isEqualTo(RequestDeadlineCancelled.Cause.NOT_CORRECTED);
    }

    private static RequestDeadlineEvent only(RequestEvent... events) {
        List<RequestDeadlineEvent> out = deadlines(events);
        assertThat(out).hasSize(1);
        return out.getFirst();
    }

    /** The deadline events of the last event, after the others. */
    private static List<RequestDeadlineEvent> deadlines(RequestEvent... events) {
        RequestEvent last = events[events.length - 1];
        RequestEvent[] earlier = Arrays.copyOf(events, events.length - 1);
        RequestClock before = earlier.length == 0 ? null : clock(earlier);
        return RequestDeadlines.of(before, clock(events), last, RULES);
    }
}
