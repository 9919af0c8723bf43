package cn.shixian.deadline.ingest;

/** One event of a request body as the sender wrote it: its position and its exact bytes. */
record BodyElement(int index, byte[] json) {
}
