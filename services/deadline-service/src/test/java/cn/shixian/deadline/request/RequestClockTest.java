package cn.shixian.deadline.request;

import static cn.shixian.deadline.request.RequestEvents.BEIJING;
import static cn.shixian.deadline.request.RequestEvents.HAMI;
import static cn.shixian.deadline.request.RequestEvents.ID;
import static cn.shixian.deadline.request.RequestEvents.RULES;
import static cn.shixian.deadline.request.RequestEvents.answered;
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

import cn.shixian.contracts.ApplicantType;
import cn.shixian.contracts.RequestConsultationStarted.PartyKind;
import cn.shixian.contracts.RequestOutcome;
import cn.shixian.contracts.RequestReceived;
import cn.shixian.workcalendar.RegionCode;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clock of a request (条例 arts. 30–33) on the bundled calendar: 2025's 国庆节、中秋节 (10-01 … 10-08
 * off, 09-28 and 10-11 worked), 2026's 春节, Xinjiang's 肉孜节 (2025-03-31 off in 65; 2026 not announced,
 * so provisional).
 */
class RequestClockTest {

    @ParameterizedTest(name = "received {1} in {0}: due {2}")
    @CsvSource({
            // region, received, due, provisional
            HAMI + ",    2025-09-26, 2025-10-30, false",  // across 国庆: 09-28 worked, 10-01…08 off, 10-11 worked
            HAMI + ",    2025-10-03, 2025-11-04, false",  // received on a holiday: counting starts after it all the same
            HAMI + ",    2025-09-28, 2025-10-31, false",  // received on the make-up Sunday
            HAMI + ",    2025-09-01, 2025-09-28, false",  // due on the make-up Sunday, a working day
            HAMI + ",    2025-03-20, 2025-04-21, false",  // Xinjiang's 肉孜节 2025-03-31 is a day off in Hami…
            BEIJING + ", 2025-03-20, 2025-04-18, false",  // …and a working day in Beijing
            BEIJING + ", 2026-02-10, 2026-03-16, false",  // across 春节 2026 (02-15…23 off, 02-14 and 02-28 worked)
            HAMI + ",    2026-02-10, 2026-03-16, true",   // the same days, but Xinjiang's 2026 is not announced
            HAMI + ",    2026-03-10, 2026-04-09, true",   // 肉孜节 2026 computed (provisional) for Hami…
            BEIJING + ", 2026-03-10, 2026-04-08, false"}) // …not in Beijing
    void isDueOnTheTwentiethWorkingDayAfterReceipt(String region, String receivedOn, String dueOn, boolean provisional) {
        RequestClock clock = clock(RequestEvents.received(ID, receivedOn, region, ApplicantType.COMMERCIAL));

        assertThat(clock.state()).isEqualTo(RequestState.OPEN);
        assertThat(clock.dueOn()).contains(day(dueOn));
        assertThat(clock.due().workingDays()).isEqualTo(20);
        assertThat(clock.due().provisional()).isEqualTo(provisional);
        assertThat(clock.due().calendarVersion()).isEqualTo(RULES.calendar().version(RegionCode.of(region)).value());
        assertThat(clock.due().reason()).startsWith("20 working days after receipt (收到申请) on " + receivedOn)
                .contains(": " + dueOn);
    }

    @Test
    void countsTheReceiptDayInBeijingTimeWhateverTheOffset() {
        RequestReceived lateEveningUtc = new RequestReceived(ID, HAMI, "哈密市人力资源和社会保障局",
                OffsetDateTime.parse("2025-09-25T20:00:00Z"), null, ApplicantType.NATURAL_PERSON, "…", null);

        assertThat(clock(lateEveningUtc).receivedOn()).isEqualTo(day("2025-09-26"));
        assertThat(clock(lateEveningUtc).dueOn()).contains(day("2025-10-30"));
    }

    @ParameterizedTest(name = "correction asked {0}: {1} working days after receipt, flagged {2}")
    @CsvSource({
            "2025-09-30, 3,  false",
            "2025-10-13, 7,  false",  // the 7th working day after 09-26, across the holiday: still in time
            "2025-10-14, 8,  true",
            "2025-10-17, 11, true"})
    void flagsACorrectionRequestLaterThanSevenWorkingDaysAfterReceipt(String askedOn, int afterReceipt, boolean flagged) {
        RequestClock clock = clock(received("2025-09-26"), correctionRequested(askedOn));

        assertThat(clock.state()).isEqualTo(RequestState.WAITING_FOR_CORRECTION);
        if (flagged) {
            assertThat(clock.flags()).singleElement().satisfies(flag -> {
                assertThat(flag.kind()).isEqualTo(ClockFlag.Kind.LATE_CORRECTION_REQUEST);
                assertThat(flag.workingDays()).isEqualTo(afterReceipt);
                assertThat(flag.message()).contains(afterReceipt + " working days after receipt", "within 7");
            });
        } else {
            assertThat(clock.flags()).isEmpty();
        }
    }

    @Test
    void nothingIsDueWhileWaitingForTheCorrection() {
        RequestClock clock = clock(received("2025-09-26"), correctionRequested("2025-09-30"));

        assertThat(clock.dueOn()).isEmpty();
        assertThat(clock.state().paused()).isTrue();
        assertThat(clock.runningPause()).hasValueSatisfying(p -> assertThat(p.kind()).isEqualTo(Pause.Kind.CORRECTION));
        // 15 working days after 09-30, across 国庆
        assertThat(clock.correctionDeadline(RULES)).contains(day("2025-10-28"));
    }

    @Test
    void theCorrectionStartsTheTwentyWorkingDaysAgainFromItsDay() {
        RequestClock clock = clock(received("2025-09-26"), correctionRequested("2025-09-30"), corrected("2025-10-15"));

        assertThat(clock.state()).isEqualTo(RequestState.OPEN);
        assertThat(clock.dueOn()).contains(day("2025-11-12"));
        assertThat(clock.due().start()).isEqualTo(RequestDueDate.Start.CORRECTION);
        assertThat(clock.due().startedOn()).isEqualTo(day("2025-10-15"));
        assertThat(clock.pauses()).singleElement().satisfies(p -> {
            assertThat(p.until()).isEqualTo(day("2025-10-15"));
            assertThat(p.running()).isFalse();
        });
        assertThat(clock.steps().getLast().kind()).isEqualTo(ClockStep.Kind.RESTARTED);
        assertThat(clock.due().reason()).isEqualTo(
                "20 working days after the corrected application (补正) on 2025-10-15 = 20 working days: 2025-11-12");
    }

    @ParameterizedTest(name = "{0} working days to correct, closed on {1}: accepted {2}")
    @CsvSource({
            "15, 2025-10-28, false",  // the 15th working day after 09-30: the applicant may still correct
            "15, 2025-10-29, true",
            "10, 2025-10-21, false",  // an agency that gives 10 working days
            "10, 2025-10-22, true"})
    void closesAsNotCorrectedOnlyAfterTheTimeToCorrect(int workingDaysToCorrect, String closedOn, boolean accepted) {
        RequestRules rules = new RequestRules(RULES.calendar(), RULES.zone(),
                RequestTimeLimits.STATUTORY.withCorrectionWait(workingDaysToCorrect));
        RequestHistory history = RequestHistory.fold(List.of(received("2025-09-26"),
                correctionRequested("2025-09-30"), answered(closedOn, RequestOutcome.OTHER_NOT_CORRECTED)), rules);
        RequestClock clock = history.current().orElseThrow();

        if (accepted) {
            assertThat(history.refusals()).isEmpty();
            assertThat(clock.state()).isEqualTo(RequestState.CLOSED_NOT_CORRECTED);
            assertThat(clock.closedOn()).isEqualTo(day(closedOn));
            assertThat(clock.answered()).hasValueSatisfying(a -> assertThat(a.late()).isFalse());
        } else {
            assertThat(history.refusals()).singleElement().satisfies(r -> {
                assertThat(r.reason()).isEqualTo(Refusal.Reason.CORRECTION_PERIOD_RUNNING);
                assertThat(r.message()).contains("may correct until");
            });
            assertThat(clock.state()).isEqualTo(RequestState.WAITING_FOR_CORRECTION);
            assertThat(clock.correctionLapsed(day(closedOn), rules)).isFalse();
            assertThat(clock.correctionLapsed(day(closedOn).plusDays(1), rules)).isTrue();
        }
    }

    @ParameterizedTest(name = "consulted {0} to {1}: {2} working days, due {3}")
    @CsvSource({
            "2025-10-20, 2025-10-24, 4, 2025-11-05",
            "2025-10-20, 2025-10-20, 0, 2025-10-30",  // answered the same day: nothing to add
            "2025-09-30, 2025-10-09, 1, 2025-10-31"}) // across 国庆: only 10-09 is a working day in (09-30, 10-09]
    void aConsultationMovesTheDueDateByItsWorkingDays(String from, String until, int workingDays, String dueOn) {
        RequestClock consulting = clock(received("2025-09-26"), consultationStarted(from));
        RequestClock clock = clock(received("2025-09-26"), consultationStarted(from), consultationEnded(until));

        assertThat(consulting.state()).isEqualTo(RequestState.IN_CONSULTATION);
        assertThat(consulting.dueOn()).isEmpty();
        assertThat(clock.state()).isEqualTo(RequestState.OPEN);
        assertThat(clock.pauses()).singleElement().extracting(Pause::workingDays).isEqualTo(workingDays);
        assertThat(clock.dueOn()).contains(day(dueOn));
        assertThat(clock.due().workingDays()).isEqualTo(20 + workingDays);
    }

    @ParameterizedTest(name = "{2} consulted 09-29 to {0}: {1} working days, flagged {3}")
    @CsvSource({
            "2025-10-24, 14, THIRD_PARTY, false, 2025-11-19",
            "2025-10-27, 15, THIRD_PARTY, false, 2025-11-20",
            "2025-10-28, 16, THIRD_PARTY, true,  2025-11-21",
            "2025-10-28, 16, AGENCY,      false, 2025-11-21"}) // art. 32's 15 days bind third parties only
    void flagsAThirdPartyTakingLongerThanFifteenWorkingDays(String until, int workingDays, PartyKind kind,
                                                            boolean flagged, String dueOn) {
        RequestClock clock = clock(received("2025-09-26"), consultationStarted("2025-09-29", kind),
                consultationEnded(until));

        assertThat(clock.dueOn()).contains(day(dueOn));
        assertThat(clock.flags()).hasSize(flagged ? 1 : 0);
        if (flagged) {
            assertThat(clock.flags().getFirst()).satisfies(flag -> {
                assertThat(flag.kind()).isEqualTo(ClockFlag.Kind.LONG_THIRD_PARTY_CONSULTATION);
                assertThat(flag.workingDays()).isEqualTo(workingDays);
                assertThat(flag.message()).contains("art. 32 gives it 15");
            });
        }
    }

    @ParameterizedTest(name = "extended by {0} then {1}: accepted {2}, due {3}")
    @CsvSource({
            "20, 0,  true,  2025-11-27",
            "10, 10, true,  2025-11-27",
            "10, 11, false, 2025-11-13",
            "15, 6,  false, 2025-11-20"})
    void extendsByTheApprovedWorkingDaysAtMostTwentyInTotal(int first, int second, boolean secondAccepted, String dueOn) {
        RequestHistory history = second == 0
                ? RequestEvents.fold(received("2025-09-26"), extended("2025-10-27", first))
                : RequestEvents.fold(received("2025-09-26"), extended("2025-10-27", first), extended("2025-10-28", second));

        RequestClock clock = history.current().orElseThrow();
        assertThat(clock.dueOn()).contains(day(dueOn));
        if (secondAccepted) {
            assertThat(history.refusals()).isEmpty();
            assertThat(clock.extensionDays()).isEqualTo(first + second);
        } else {
            assertThat(history.refusals()).singleElement().satisfies(r -> {
                assertThat(r.reason()).isEqualTo(Refusal.Reason.EXTENSION_OVER_LIMIT);
                assertThat(r.reason().code()).isEqualTo("extension-over-limit");
                assertThat(r.message()).contains((first + second) + " in total", "at most 20");
            });
            assertThat(clock.extensionDays()).isEqualTo(first);
        }
    }

    @ParameterizedTest(name = "due 2025-09-30, answered {0}: {1}, {2} working days late")
    @CsvSource({
            "2025-09-29, ANSWERED_ON_TIME, 0",
            "2025-09-30, ANSWERED_ON_TIME, 0",  // on the due date itself
            "2025-10-03, ANSWERED_LATE,    0",  // after the due date, but on a holiday: late by no working day
            "2025-10-09, ANSWERED_LATE,    1",
            "2025-10-11, ANSWERED_LATE,    3"}) // the make-up Saturday counts
    void answeredOnOrBeforeTheDueDateIsOnTimeElseLateByTheWorkingDaysAfter(String answeredOn, RequestState state,
                                                                           int workingDaysLate) {
        RequestClock clock = clock(received("2025-09-03"), answered(answeredOn, RequestOutcome.PARTLY_DISCLOSED));

        assertThat(clock.due().dueOn()).isEqualTo(day("2025-09-30"));
        assertThat(clock.state()).isEqualTo(state);
        assertThat(clock.answered()).hasValueSatisfying(answer -> {
            assertThat(answer.late()).isEqualTo(state == RequestState.ANSWERED_LATE);
            assertThat(answer.workingDaysLate()).isEqualTo(workingDaysLate);
            assertThat(answer.outcome()).isEqualTo(RequestOutcome.PARTLY_DISCLOSED);
        });
        assertThat(clock.closedOn()).isEqualTo(day(answeredOn));
    }

    @Test
    void explainsEachPauseExtensionAndRestartOfTheContractsExample() {
        RequestClock clock = clock(received("2025-09-26"), correctionRequested("2025-09-30"), corrected("2025-10-15"),
                consultationStarted("2025-10-20"), consultationEnded("2025-10-24"), extended("2025-11-10", 10),
                answered("2025-11-20", RequestOutcome.PARTLY_DISCLOSED));

        assertThat(clock.state()).isEqualTo(RequestState.ANSWERED_ON_TIME);
        assertThat(clock.due().dueOn()).isEqualTo(day("2025-12-02"));
        assertThat(clock.due().workingDays()).isEqualTo(34);
        assertThat(clock.steps()).extracting(ClockStep::kind).containsExactly(ClockStep.Kind.RECEIVED,
                ClockStep.Kind.CORRECTION_REQUESTED, ClockStep.Kind.RESTARTED, ClockStep.Kind.CONSULTATION_STARTED,
                ClockStep.Kind.CONSULTATION_ENDED, ClockStep.Kind.EXTENDED, ClockStep.Kind.ANSWERED);
        assertThat(clock.steps()).extracting(ClockStep::dueOn).containsExactly(day("2025-10-30"), null,
                day("2025-11-12"), null, day("2025-11-18"), day("2025-12-02"), day("2025-12-02"));
        assertThat(clock.pauses()).extracting(Pause::kind).containsExactly(Pause.Kind.CORRECTION, Pause.Kind.CONSULTATION);
        assertThat(clock.due().reason()).isEqualTo("20 working days after the corrected application (补正) on 2025-10-15"
                + " + 4 consulting 哈密市某养老服务有限公司 (征求意见 2025-10-20–2025-10-24)"
                + " + 10 extension (延期) approved on 2025-11-10 = 34 working days: 2025-12-02");
        assertThat(clock.steps().get(1).note()).contains("3 working days after receipt", "until 2025-10-28");
    }

    @Test
    void aConsultationBeforeTheCorrectionNoLongerCountsOnceTheClockRestarts() {
        RequestClock clock = clock(received("2025-09-26"), consultationStarted("2025-09-29"),
                consultationEnded("2025-09-30"), correctionRequested("2025-09-30"), corrected("2025-10-15"));

        assertThat(clock.dueOn()).contains(day("2025-11-12"));
        assertThat(clock.due().consultations()).isEmpty();
    }

    @Test
    void anExtensionDuringAConsultationCountsOnceItEnds() {
        RequestClock consulting = clock(received("2025-09-26"), consultationStarted("2025-10-20"),
                extended("2025-10-22", 10));
        RequestClock clock = clock(received("2025-09-26"), consultationStarted("2025-10-20"),
                extended("2025-10-22", 10), consultationEnded("2025-10-24"));

        assertThat(consulting.dueOn()).isEmpty();
        assertThat(consulting.state()).isEqualTo(RequestState.IN_CONSULTATION);
        assertThat(clock.due().workingDays()).isEqualTo(34);
        assertThat(clock.dueOn()).contains(day("2025-11-19"));
    }

    @Test
    void anAnswerDuringAConsultationEndsItAndCountsItsDays() {
        RequestClock clock = clock(received("2025-09-26"), consultationStarted("2025-10-20"), answered("2025-11-04"));

        assertThat(clock.pauses()).singleElement().satisfies(p -> {
            assertThat(p.until()).isEqualTo(day("2025-11-04"));
            assertThat(p.workingDays()).isEqualTo(11);
        });
        assertThat(clock.state()).isEqualTo(RequestState.ANSWERED_ON_TIME);
    }

    @Test
    void aWithdrawnRequestEndsItsPauseAndTakesNothingMore() {
        RequestHistory history = RequestEvents.fold(received("2025-09-26"), consultationStarted("2025-10-20"),
                withdrawn("2025-10-22"), answered("2025-10-23"));
        RequestClock clock = history.current().orElseThrow();

        assertThat(clock.state()).isEqualTo(RequestState.WITHDRAWN);
        assertThat(clock.closedOn()).isEqualTo(day("2025-10-22"));
        assertThat(clock.runningPause()).isEmpty();
        assertThat(clock.answered()).isEmpty();
        assertThat(history.refusals()).singleElement().extracting(Refusal::reason).isEqualTo(Refusal.Reason.ALREADY_CLOSED);
    }

    @Test
    void aWithdrawalWhileWaitingForTheCorrectionIsAccepted() {
        RequestClock clock = clock(received("2025-09-26"), correctionRequested("2025-09-30"), withdrawn("2025-10-09"));

        assertThat(clock.state()).isEqualTo(RequestState.WITHDRAWN);
        assertThat(clock.pauses()).singleElement().extracting(Pause::until).isEqualTo(day("2025-10-09"));
    }
}
