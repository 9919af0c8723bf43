package cn.shixian.alerting.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What {@code POST /api/alerts/ack} did with each id, in the order asked: acknowledged now by the
 * caller, acknowledged before by someone (whose acknowledgement stands), or not found (no such alert,
 * or one outside the caller's regions).
 */
record BulkAcknowledgement(List<AlertView> acknowledged, List<EarlierAcknowledgement> alreadyAcknowledged,
                           List<UUID> notFound) {

    /** An alert someone acknowledged before: who and when. */
    record EarlierAcknowledgement(UUID id, String acknowledgedBy, Instant acknowledgedAt) {
    }
}
