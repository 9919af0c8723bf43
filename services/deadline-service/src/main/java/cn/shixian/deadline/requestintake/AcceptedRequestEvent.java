package cn.shixian.deadline.requestintake;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.RequestEvent;
import java.time.OffsetDateTime;

/** A request event that fits its request's history, about to be stored as it was received. */
record AcceptedRequestEvent(String requestId, String eventId, String type, OffsetDateTime time, byte[] payload,
                            String origin) {

    static AcceptedRequestEvent of(CloudEvent<?> event, RequestEvent data, byte[] payload, String origin) {
        return new AcceptedRequestEvent(data.requestId(), event.id(), event.type().type(), event.time(), payload, origin);
    }
}
