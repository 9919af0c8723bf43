package cn.shixian.deadline.request;

import cn.shixian.contracts.EventType;
import java.util.Locale;

/**
 * A request event that does not fit the request's history, with the reason: an expected bad
 * input, not a bug. The service dead-letters it (reason code in the header) or answers 400.
 */
public record Refusal(String requestId, EventType type, Reason reason, String message) {

    /** Why; {@link #code()} is a stable label for headers and metrics. */
    public enum Reason {
        /** No {@code received} event for this requestId. */
        UNKNOWN_REQUEST,
        /** A second {@code received} for the same requestId. */
        ALREADY_RECEIVED,
        /** Dated before the request was received. */
        BEFORE_RECEIPT,
        /** Dated before an event already applied. */
        OUT_OF_ORDER,
        /** The request was answered, withdrawn or closed. */
        ALREADY_CLOSED,
        /** A correction is asked for once (一次性告知, art. 30). */
        CORRECTION_ALREADY_REQUESTED,
        /** Corrected, or closed as not corrected, without a pending correction request. */
        NO_CORRECTION_PENDING,
        /** Nothing but a correction, a withdrawal or closing as not corrected fits while waiting for a correction. */
        WAITING_FOR_CORRECTION,
        /** Closing as 逾期不补正 before the applicant's time to correct is over. */
        CORRECTION_PERIOD_RUNNING,
        /** One consultation at a time: the contract's consultation-ended names none. */
        CONSULTATION_RUNNING,
        /** A consultation ended that never started. */
        NO_CONSULTATION_RUNNING,
        /** Extensions beyond 20 working days in total (art. 33). */
        EXTENSION_OVER_LIMIT;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @Override
    public String toString() {
        return reason.code() + ": " + message;
    }
}
