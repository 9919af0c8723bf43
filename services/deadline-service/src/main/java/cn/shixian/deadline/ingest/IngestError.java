package cn.shixian.deadline.ingest;

/**
 * One reason an event of a request was refused, as listed in the 400 problem's {@code errors}.
 *
 * @param index   position of the event in the request (0 for a single event); for a body that is
 *                not JSON, the element being read when parsing failed
 * @param id      the event's CloudEvents {@code id}, when it has a readable one
 * @param reason  {@code not-json}, {@code too-large}, {@code unknown-type}, {@code schema-invalid},
 *                {@code impossible-date} (as on the dead-letter topic), {@code wrong-topic} (not a
 *                {@code disclosure.item.*} or {@code disclosure.request.*} event), {@code duplicate-id} (the
 *                same id earlier in the request), or for a request event that does not fit its request's
 *                history the dead-letter topic's reason ({@code extension-over-limit}, {@code before-receipt},
 *                {@code unknown-request}, …), then also its {@code rule}
 * @param field   JSON pointer within the event, e.g. {@code /data/changedAt}
 * @param rule    the rule broken, e.g. {@code required}, {@code format}, {@code enum}
 * @param message a sentence the sender can act on
 */
record IngestError(Integer index, String id, String reason, String field, String rule, String message) {
}
