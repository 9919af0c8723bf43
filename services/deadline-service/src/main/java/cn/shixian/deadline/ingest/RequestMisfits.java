package cn.shixian.deadline.ingest;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.RequestAnswered;
import cn.shixian.contracts.RequestReceived;
import cn.shixian.deadline.requestintake.RequestHistoryCheck;

/**
 * A request event that does not fit its request's history (申请事件不符), as a 400 error: the field
 * the refusal is about, and its reason as the rule, the same code the dead-letter header carries.
 */
final class RequestMisfits {

    private RequestMisfits() {
    }

    static IngestError error(int index, CloudEvent<?> event, RequestHistoryCheck.Misfit misfit) {
        return new IngestError(index, event.id(), misfit.code(), field(event, misfit), misfit.code(), misfit.message());
    }

    private static String field(CloudEvent<?> event, RequestHistoryCheck.Misfit misfit) {
        if (misfit.reason() == null) {
            return dateField(event);
        }
        return switch (misfit.reason()) {
            case EXTENSION_OVER_LIMIT -> "/data/workingDays";
            case UNKNOWN_REQUEST, ALREADY_RECEIVED -> "/data/requestId";
            case BEFORE_RECEIPT, OUT_OF_ORDER, CORRECTION_PERIOD_RUNNING -> dateField(event);
            case ALREADY_CLOSED, CORRECTION_ALREADY_REQUESTED, NO_CORRECTION_PENDING, WAITING_FOR_CORRECTION,
                 CONSULTATION_RUNNING, NO_CONSULTATION_RUNNING -> "/type";
        };
    }

    /** The field holding the day the event counts for. */
    private static String dateField(CloudEvent<?> event) {
        return switch (event.data()) {
            case RequestReceived received -> "/data/receivedAt";
            case RequestAnswered answered -> "/data/answeredAt";
            default -> "/data/at";
        };
    }
}
