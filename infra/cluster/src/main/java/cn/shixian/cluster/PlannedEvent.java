package cn.shixian.cluster;

/** One item event of the load: its Kafka key (the itemId), its CloudEvents id and type, and the whole event. */
record PlannedEvent(String itemId, int version, String type, String id, String json) {
}
