package cn.shixian.deadline.ingest;

/**
 * An event that passed validation, ready for {@code disclosure.items}.
 *
 * @param id     CloudEvents id
 * @param itemId the subject, and so the Kafka record key
 * @param json   the bytes the sender wrote, exactly what was validated
 */
record ValidEvent(String id, String itemId, byte[] json) {
}
