package cn.shixian.contracts;

import java.time.OffsetDateTime;

/**
 * {@code disclosure.request.consultation-started}: the agency asked a third party (征求第三方意见,
 * 条例 art. 32) or another agency (art. 33) for its opinion; that time is not counted.
 *
 * @param party     who is consulted
 * @param partyKind {@code THIRD_PARTY} (the default when absent), whose 15 working days to answer
 *                  art. 32 sets, or {@code AGENCY} (another agency, art. 33), which has no such limit
 */
public record RequestConsultationStarted(String requestId, OffsetDateTime at, String party, PartyKind partyKind)
        implements RequestEvent {

    /** Whom the agency consults. */
    public enum PartyKind {
        /** 第三方 (art. 32). */
        THIRD_PARTY,
        /** 其他机关 (art. 33). */
        AGENCY
    }

    @Override
    public OffsetDateTime occurredAt() {
        return at;
    }

    /** The kind, {@code THIRD_PARTY} when the producer gave none. */
    public PartyKind kindOfParty() {
        return partyKind == null ? PartyKind.THIRD_PARTY : partyKind;
    }

    @Override
    public EventType eventType() {
        return EventType.REQUEST_CONSULTATION_STARTED;
    }
}
