package cn.shixian.deadline.ingest;

/**
 * One reason an event of a request was refused, as listed in the 400 problem's {@code errors}.
 *
 * @param index   position of the event in the request (0 for a single event); for a body that is
 *                not JSON, the element being read when parsing failed
 * @param id      the event's CloudEvents {@code id}, when it has a readable one
 * @param reason  {@code not-json}, {@code too-large}, {@code unknown-type}, {@code schema-invalid},
 *                {@code impossible-date} (as on the dead-letter topic), {@code foreign-type} (not a
 *                {@code disclosure.item.*} event) or {@code duplicate-id} (the same id earlier in the request)
 * @param field   JSON pointer within the event, e.g. {@code /data/changedAt}
 * @param rule    the rule broken, e.g. {@code required}, {@code format}, {@code enum}
 * @param message a sentence the sender can act on
 */
record IngestError(Integer index, String id, String reason, String field, String rule, String message) {
}
