package cn.shixian.contracts;

import java.time.OffsetDateTime;

/**
 * An event in the life of an application for government information (依申请公开, 条例 arts. 29–33),
 * as the request handling system records it on {@code disclosure.requests}; key = requestId.
 */
public sealed interface RequestEvent extends EventData
        permits RequestReceived, RequestCorrectionRequested, RequestCorrected, RequestConsultationStarted,
        RequestConsultationEnded, RequestExtended, RequestAnswered, RequestWithdrawn {

    /** The request's id in the handling system (申请编号). */
    String requestId();

    /** When it happened; its local date in the region's zone is the day that counts. */
    OffsetDateTime occurredAt();

    @Override
    default String key() {
        return requestId();
    }
}
