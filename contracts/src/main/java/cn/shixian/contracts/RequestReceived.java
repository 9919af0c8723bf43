package cn.shixian.contracts;

import java.time.OffsetDateTime;

/**
 * {@code disclosure.request.received}: an application was received (收到申请); the answer period of
 * 20 working days starts the day after {@code receivedAt}'s date (条例 art. 33).
 *
 * @param region          GB/T 2260 code of the agency's region: its calendar counts the days
 * @param responsibleBody the agency that answers (行政机关)
 * @param receivedAt      the receipt date per art. 31, as the agency records it
 * @param subject         what is asked for (申请内容), for worklists and alerts
 * @param itemId          the catalog item the request concerns, if any
 */
public record RequestReceived(String requestId, String region, String responsibleBody, OffsetDateTime receivedAt,
                              RequestChannel channel, ApplicantType applicantType, String subject, String itemId)
        implements RequestEvent {

    @Override
    public OffsetDateTime occurredAt() {
        return receivedAt;
    }

    @Override
    public EventType eventType() {
        return EventType.REQUEST_RECEIVED;
    }
}
