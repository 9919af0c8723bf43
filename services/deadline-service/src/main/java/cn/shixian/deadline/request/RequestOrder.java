package cn.shixian.deadline.request;

import cn.shixian.contracts.RequestEvent;
import cn.shixian.contracts.RequestReceived;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The checks every event of a known request passes before its own rule: received once, nothing
 * after the request is closed, nothing dated before receipt or before an event already applied.
 */
final class RequestOrder {

    private RequestOrder() {
    }

    static Optional<Refusal> check(RequestClock clock, RequestEvent event, LocalDate on) {
        if (event instanceof RequestReceived) {
            return refuse(clock, event, Refusal.Reason.ALREADY_RECEIVED,
                    "request " + clock.requestId() + " was already received on " + clock.receivedOn());
        }
        if (clock.state().closed()) {
            return refuse(clock, event, Refusal.Reason.ALREADY_CLOSED, "request " + clock.requestId() + " is "
                    + clock.state() + " since " + clock.closedOn() + "; nothing more can happen to it");
        }
        if (on.isBefore(clock.receivedOn())) {
            return refuse(clock, event, Refusal.Reason.BEFORE_RECEIPT, event.eventType().type() + " is dated " + on
                    + ", before request " + clock.requestId() + " was received on " + clock.receivedOn());
        }
        if (on.isBefore(clock.lastEventOn())) {
            return refuse(clock, event, Refusal.Reason.OUT_OF_ORDER, event.eventType().type() + " is dated " + on
                    + ", before the last event of request " + clock.requestId() + " on " + clock.lastEventOn());
        }
        return Optional.empty();
    }

    static Decision.Refused refusal(RequestClock clock, RequestEvent event, Refusal.Reason reason, String message) {
        return new Decision.Refused(new Refusal(clock.requestId(), event.eventType(), reason, message));
    }

    private static Optional<Refusal> refuse(RequestClock clock, RequestEvent event, Refusal.Reason reason,
                                            String message) {
        return Optional.of(refusal(clock, event, reason, message).refusal());
    }
}
