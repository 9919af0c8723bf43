package cn.shixian.deadline.request;

import static cn.shixian.deadline.request.RequestEvents.answered;
import static cn.shixian.deadline.request.RequestEvents.consultationEnded;
import static cn.shixian.deadline.request.RequestEvents.consultationStarted;
import static cn.shixian.deadline.request.RequestEvents.corrected;
import static cn.shixian.deadline.request.RequestEvents.correctionRequested;
import static cn.shixian.deadline.request.RequestEvents.extended;
import static cn.shixian.deadline.request.RequestEvents.received;
import static cn.shixian.deadline.request.RequestEvents.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.EventType;
import cn.shixian.contracts.RequestEvent;
import cn.shixian.contracts.RequestOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Events that do not fit the request's history are refused with a reason, and the clock stays as it was. */
class RequestRefusalTest {

    static Stream<Arguments> misfits() {
        return Stream.of(
                misfit("answer before receipt", List.of(received("2025-09-26")), answered("2025-09-25"),
                        Refusal.Reason.BEFORE_RECEIPT, "dated 2025-09-25, before request hami-ysq-2025-0042 was received on 2025-09-26"),
                misfit("correction before receipt", List.of(received("2025-09-26")), correctionRequested("2025-09-24"),
                        Refusal.Reason.BEFORE_RECEIPT, "before request"),
                misfit("consultation before receipt", List.of(received("2025-09-26")), consultationStarted("2025-09-25"),
                        Refusal.Reason.BEFORE_RECEIPT, "disclosure.request.consultation-started is dated 2025-09-25"),
                misfit("event of an unknown request", List.of(), corrected("2025-10-15"),
                        Refusal.Reason.UNKNOWN_REQUEST, "no request hami-ysq-2025-0042 was received"),
                misfit("answer of an unknown request", List.of(), answered("2025-10-15"),
                        Refusal.Reason.UNKNOWN_REQUEST, "needs a disclosure.request.received first"),
                misfit("second receipt", List.of(received("2025-09-26")), received("2025-09-29"),
                        Refusal.Reason.ALREADY_RECEIVED, "already received on 2025-09-26"),
                misfit("out of order", List.of(received("2025-09-26"), consultationStarted("2025-10-20")),
                        consultationEnded("2025-10-17"), Refusal.Reason.OUT_OF_ORDER, "before the last event"),
                misfit("after the answer", List.of(received("2025-09-26"), answered("2025-10-10")), extended("2025-10-13", 5),
                        Refusal.Reason.ALREADY_CLOSED, "ANSWERED_ON_TIME since 2025-10-10"),
                misfit("second correction request", List.of(received("2025-09-26"), correctionRequested("2025-09-30"),
                        corrected("2025-10-15")), correctionRequested("2025-10-16"),
                        Refusal.Reason.CORRECTION_ALREADY_REQUESTED, "once (一次性告知)"),
                misfit("corrected without a request for it", List.of(received("2025-09-26")), corrected("2025-10-15"),
                        Refusal.Reason.NO_CORRECTION_PENDING, "not waiting for a correction"),
                misfit("closed as not corrected without a request for it", List.of(received("2025-09-26")),
                        answered("2025-10-15", RequestOutcome.OTHER_NOT_CORRECTED),
                        Refusal.Reason.NO_CORRECTION_PENDING, "逾期不补正"),
                misfit("answered while waiting for the correction",
                        List.of(received("2025-09-26"), correctionRequested("2025-09-30")), answered("2025-10-15"),
                        Refusal.Reason.WAITING_FOR_CORRECTION, "waits for the correction requested on 2025-09-30"),
                misfit("extended while waiting for the correction",
                        List.of(received("2025-09-26"), correctionRequested("2025-09-30")), extended("2025-10-15", 5),
                        Refusal.Reason.WAITING_FOR_CORRECTION, "nothing runs until it is corrected"),
                misfit("consultation while waiting for the correction",
                        List.of(received("2025-09-26"), correctionRequested("2025-09-30")), consultationStarted("2025-10-09"),
                        Refusal.Reason.WAITING_FOR_CORRECTION, "waits for the correction"),
                misfit("correction requested during a consultation",
                        List.of(received("2025-09-26"), consultationStarted("2025-09-29")), correctionRequested("2025-09-30"),
                        Refusal.Reason.CONSULTATION_RUNNING, "end it before asking for a correction"),
                misfit("second consultation at once",
                        List.of(received("2025-09-26"), consultationStarted("2025-09-29")), consultationStarted("2025-09-30"),
                        Refusal.Reason.CONSULTATION_RUNNING, "one consultation at a time"),
                misfit("consultation ended that never started", List.of(received("2025-09-26")),
                        consultationEnded("2025-10-09"), Refusal.Reason.NO_CONSULTATION_RUNNING, "no consultation is running"),
                misfit("extension beyond 20 in total", List.of(received("2025-09-26"), extended("2025-10-20", 20)),
                        extended("2025-10-21", 1), Refusal.Reason.EXTENSION_OVER_LIMIT, "21 in total, after 20 already approved"),
                misfit("withdrawn twice", List.of(received("2025-09-26"), withdrawn("2025-10-09")), withdrawn("2025-10-10"),
                        Refusal.Reason.ALREADY_CLOSED, "WITHDRAWN since 2025-10-09"));
    }

    private static Arguments misfit(String name, List<RequestEvent> before, RequestEvent event, Refusal.Reason reason,
                                    String says) {
        return Arguments.of(name, before, event, reason, says);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misfits")
    void refusesWithAReasonAndLeavesTheClockAsItWas(String name, List<RequestEvent> before, RequestEvent event,
                                                    Refusal.Reason reason, String says) {
        RequestHistory history = RequestHistory.fold(before, RequestEvents.RULES);
        List<RequestEvent> all = new ArrayList<>(before);
        all.add(event);

        RequestHistory after = RequestHistory.fold(all, RequestEvents.RULES);

        assertThat(history.refusals()).as("the events before fit").isEmpty();
        assertThat(after.refusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.reason()).isEqualTo(reason);
            assertThat(refusal.requestId()).isEqualTo(RequestEvents.ID);
            assertThat(refusal.type()).isEqualTo(event.eventType());
            assertThat(refusal.message()).contains(says);
            assertThat(refusal.toString()).startsWith(reason.code() + ": ");
        });
        assertThat(after.current()).isEqualTo(history.current());
    }

    @Test
    void foldsOnPastARefusedEvent() {
        RequestHistory history = RequestEvents.fold(received("2025-09-26"), consultationEnded("2025-10-09"),
                extended("2025-10-10", 5), answered("2025-10-30"));

        assertThat(history.refusals()).extracting(Refusal::type).containsExactly(EventType.REQUEST_CONSULTATION_ENDED);
        assertThat(history.current().orElseThrow().state()).isEqualTo(RequestState.ANSWERED_ON_TIME);
    }

    @Test
    void reasonCodesAreStableLabels() {
        assertThat(Refusal.Reason.BEFORE_RECEIPT.code()).isEqualTo("before-receipt");
        assertThat(Refusal.Reason.UNKNOWN_REQUEST.code()).isEqualTo("unknown-request");
    }
}
