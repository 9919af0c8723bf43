package cn.shixian.deadline.hostile;

import cn.shixian.contracts.Topic;
import cn.shixian.deadline.requestintake.RawRequestEvents;
import cn.shixian.testsupport.ExampleEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile-input corpus (恶意输入语料), in one place for both doors: each kind of bad record an
 * upstream system (or an attacker holding its credentials) can send, with the reason the intake
 * dead-letters it by ({@code shixian-dlt-reason}) and the field and rule {@code POST /api/events}
 * names in its 400 problem, which gives the same reason. Where a door cannot carry an input, or
 * answers it otherwise, the input says so and why ({@link #kafka}, {@link #http}).
 * {@code HostileKafkaIntegrationTest} and {@code HostileHttpIntegrationTest} send all of it,
 * valid events in between; docs/reliability.md lists it.
 */
final class HostileInputs {

    /** How the topic's intake answers an input. */
    enum OnKafka {
        /** on the dead-letter topic once, with {@link Input#reason} */
        DEAD_LETTERED,
        /** the broker refuses it before any consumer sees it */
        NO_KAFKA_FORM
    }

    /** How {@code POST /api/events} answers an input. */
    enum OnHttp {
        /** 400 problem+json naming {@link Input#field} and {@link Input#rule} with {@link Input#reason} */
        REFUSED,
        /** 202: only time can tell (a publication's item may still come); the intake dead-letters it later */
        ACCEPTED_THEN_DEAD_LETTERED,
        /** nothing of this shape can be sent over HTTP (see {@link Input#why}) */
        NO_HTTP_FORM
    }

    /**
     * One hostile input.
     *
     * @param kind   what is wrong with it, in a few words
     * @param topic  where the Kafka door takes it
     * @param key    the record key: an id of its own, so each input is found by it on the dead-letter topic
     * @param value  the record value, the HTTP body; null for a tombstone
     * @param before valid events of the same key it needs first (a request's history), in order
     * @param reason the dead-letter reason, the same in the 400 problem's {@code errors[].reason}
     * @param field  the JSON pointer the 400 problem names
     * @param rule   the rule the 400 problem names
     * @param why    why a door answers otherwise, when it does
     */
    record Input(String kind, Topic topic, String key, byte[] value, List<byte[]> before, String reason,
                 String field, String rule, OnKafka kafka, OnHttp http, String why) {

        Input http(OnHttp answer, String because) {
            return new Input(kind, topic, key, value, before, reason, field, rule, kafka, answer, because);
        }

        Input kafka(OnKafka answer, String because) {
            return new Input(kind, topic, key, value, before, reason, field, rule, answer, http, because);
        }

        Input after(byte[]... events) {
            return new Input(kind, topic, key, value, List.of(events), reason, field, rule, kafka, http, why);
        }

        @Override
        public String toString() {
            return kind;
        }
    }

    private final String run;
    private final List<Input> inputs = new ArrayList<>();

    private HostileInputs(String run) {
        this.run = run;
    }

    /** The whole corpus, its keys prefixed with {@code run} so that runs on a shared broker never meet. */
    static List<Input> corpus(String run) {
        HostileInputs c = new HostileInputs(run);
        c.notJson();
        c.wrongShapes();
        c.wrongTypesAndMissingFields();
        c.impossibleDates();
        c.outsideTheCalendar();
        c.unstorableText();
        c.wrongTopicsAndTypes();
        c.misfitsOfHistory();
        return List.copyOf(c.inputs);
    }

    private void notJson() {
        raw("not JSON", "this is not json", "not-json", "/", "json");
        raw("empty", "", "not-json", "/", "json");
        add(new Input("a tombstone (null value)", Topic.ITEMS, key("tombstone"), null, List.of(), "not-json", "/", "json",
                OnKafka.DEAD_LETTERED, OnHttp.NO_HTTP_FORM,
                "an HTTP body cannot be null; the nearest is the empty body, the kind above"));
        raw("white space only", "   \n ", "not-json", "/", "json");
        String valid = created("truncated").json().toString();
        raw("truncated", valid.substring(0, valid.length() / 2), "not-json", "/", "json");
        raw("trailing garbage after the event", created("trailing").json() + " xyz", "not-json", "/", "json");
        raw("two events in one record", created("two").json() + "" + created("two").json(), "not-json", "/", "json");
        String deep = "[".repeat(600) + "]".repeat(600);
        raw("nesting 600 deep", created("deep").json().toString().replaceFirst("\"title\":", "\"deep\":" + deep + ",\"title\":"),
                "not-json", "/", "json");
        raw("duplicate keys", created("dup").json().toString().replaceFirst("\\{", "{\"type\":\"disclosure.item.retired\","),
                "not-json", "/", "json");
        bytes("invalid UTF-8", invalidUtf8(created("utf8").json().toString()), "not-json", "/", "json");
        bytes("UTF-16 instead of UTF-8", created("utf16").json().toString().getBytes(StandardCharsets.UTF_16LE),
                "not-json", "/", "json");
        raw("a raw NUL byte", created("nul").json().toString().replaceFirst("\"title\":\"", "\"title\":\"\u0000"),
                "not-json", "/", "json");
    }

    private void wrongShapes() {
        raw("a JSON array where an event is expected", "[42]", "schema-invalid", "/", "type");
        event("an array where data's object is expected", withData(created("arraydata"), "[]"),
                "schema-invalid", "/data", "type");
        event("data null", withData(created("nulldata"), "null"), "schema-invalid", "/data", "type");
        event("a huge string (200,000 characters of title)", created("huge").with("title", "长".repeat(200_000)),
                "schema-invalid", "/data/title", "maxLength");
        add(new Input("an event over 1 MiB", Topic.ITEMS, key("large"),
                created("large").with("channels", List.of("x".repeat(999), "网".repeat(400_000))).bytes(),
                List.of(), "too-large", "/", "maxBytes", OnKafka.NO_KAFKA_FORM, OnHttp.REFUSED,
                "the broker refuses a record over message.max.bytes (1 MiB) to the producer, before any consumer"));
    }

    private void wrongTypesAndMissingFields() {
        event("a number as a string (version \"1\")", created("strversion").with("version", "1"),
                "schema-invalid", "/data/version", "type");
        event("a number as a string (workingDays \"20\")",
                created("strdays").with("timeLimit", Map.of("workingDays", "20")),
                "schema-invalid", "/data/timeLimit/workingDays", "type");
        event("version 1.5", created("fraction").with("version", 1.5), "schema-invalid", "/data/version", "type");
        event("version 0", created("zero").with("version", 0), "schema-invalid", "/data/version", "minimum");
        event("a negative version", created("negative").with("version", -3), "schema-invalid", "/data/version", "minimum");
        event("version beyond 32 bits", created("huge-version").with("version", 4_294_967_296L),
                "schema-invalid", "/data/version", "maximum");
        event("timeLimit.workingDays beyond the schema's 100000",
                created("days-max").with("timeLimit", Map.of("workingDays", 100_001)),
                "schema-invalid", "/data/timeLimit/workingDays", "maximum");
        event("a region that is not a GB/T 2260 code", created("region").with("region", "Hami"),
                "schema-invalid", "/data/region", "pattern");
        event("an unknown disclosure mode", created("mode").with("mode", "SECRET"), "schema-invalid", "/data/mode", "enum");
        ExampleEvent noChangedAt = created("no-changed-at");
        ((ObjectNode) noChangedAt.json().get("data")).remove("changedAt");
        event("a required field missing (changedAt)", noChangedAt, "schema-invalid", "/data/changedAt", "required");
        ExampleEvent noSource = created("no-source");
        ((ObjectNode) noSource.json()).remove("source");
        event("an envelope attribute missing (source)", noSource, "schema-invalid", "/source", "required");
        ExampleEvent otherSubject = created("subject");
        ((ObjectNode) otherSubject.json()).put("subject", key("subject") + "-other");
        event("subject other than the itemId", otherSubject, "schema-invalid", "/subject", "const");
    }

    private void impossibleDates() {
        event("2025-02-30", created("feb30").with("changedAt", "2025-02-30T09:00:00+08:00"),
                "impossible-date", "/data/changedAt", "format");
        event("year 99999", created("y99999").with("changedAt", "99999-09-24T10:30:00+08:00"),
                "impossible-date", "/data/changedAt", "format");
        event("a date-time without offset", created("no-offset").with("changedAt", "2025-09-24T10:30:00"),
                "impossible-date", "/data/changedAt", "format");
        event("a date-time as a number", created("epoch").with("changedAt", 1_758_681_000),
                "impossible-date", "/data/changedAt", "format");
        event("hour 25", created("hour25").with("changedAt", "2025-09-24T25:00:00+08:00"),
                "impossible-date", "/data/changedAt", "format");
    }

    private void outsideTheCalendar() {
        event("changedAt 1900-01-01 (before the calendar)", created("y1900").with("changedAt", "1900-01-01T09:00:00+08:00"),
                "out-of-range", "/data/changedAt", "calendar-range");
        event("timeLimit.workingDays 100000 (due after 2100)",
                created("days100000").with("timeLimit", Map.of("workingDays", 100_000)),
                "out-of-range", "/data/timeLimit/workingDays", "calendar-range");
        event("event time in year 0000", withTime(created("time0"), "0000-01-01T00:00:00Z"),
                "impossible-date", "/time", "format");
    }

    private void unstorableText() {
        event("an escaped NUL (\\u0000) in a string", created("esc-nul").with("title", "养老\u0000保险"),
                "schema-invalid", "/data/title", "characters");
        raw("a lone surrogate (\\ud800) in a string",
                created("surrogate").json().toString().replaceFirst("\"title\":\"", "\"title\":\"\\\\ud800"),
                "schema-invalid", "/data/title", "characters");
        event("an escaped NUL in a request event", requestText(key("request-nul")),
                "schema-invalid", "/data/subject", "characters", Topic.REQUESTS);
    }

    private void wrongTopicsAndTypes() {
        String unknownType = created("unknown-type").json().toString()
                .replace("disclosure.item.created", "disclosure.item.renamed");
        raw("an unknown event type", unknownType, "unknown-type", "/type", "enum");
        event("a deadline event sent as input", ExampleEvent.of("disclosure.deadline.opened").forItem(key("deadline")),
                "wrong-topic", "/type", "enum");
        add(new Input("a request event on the items topic", Topic.ITEMS, key("request-on-items"),
                RawRequestEvents.bytes(RawRequestEvents.received(key("request-on-items"), "2025-10-09")), List.of(),
                "wrong-topic", "/type", "enum", OnKafka.DEAD_LETTERED, OnHttp.NO_HTTP_FORM,
                "HTTP sends each event to its type's topic: a request event over HTTP is a request event, taken"));
    }

    private void misfitsOfHistory() {
        String unknownRequest = key("unknown-request");
        add(new Input("a request event for an unknown request", Topic.REQUESTS, unknownRequest,
                RawRequestEvents.bytes(RawRequestEvents.answered(unknownRequest, "2025-10-20", "DISCLOSED")), List.of(),
                "unknown-request", "/data/requestId", "unknown-request", OnKafka.DEAD_LETTERED, OnHttp.REFUSED, null));
        String extended = key("extension");
        add(new Input("extensions beyond 20 working days in all", Topic.REQUESTS, extended,
                RawRequestEvents.bytes(RawRequestEvents.extended(extended, "2025-10-21", 10)), List.of(),
                "extension-over-limit", "/data/workingDays", "extension-over-limit", OnKafka.DEAD_LETTERED,
                OnHttp.REFUSED, null).after(
                RawRequestEvents.bytes(RawRequestEvents.received(extended, "2025-10-09")),
                RawRequestEvents.bytes(RawRequestEvents.extended(extended, "2025-10-20", 15))));
        String orphan = key("orphan");
        add(new Input("a publication of an item never created", Topic.ITEMS, orphan,
                ExampleEvent.of("disclosure.item.published").forItem(orphan).bytes(), List.of(), "unknown-item", null,
                null, OnKafka.DEAD_LETTERED, OnHttp.ACCEPTED_THEN_DEAD_LETTERED,
                "its created event may still be on its way (any door, any partition order): held for the grace "
                        + "period, then dead-lettered as unknown-item, whichever door it came by"));
    }

    private String key(String kind) {
        return run + "-" + kind;
    }

    private ExampleEvent created(String kind) {
        return ExampleEvent.of("disclosure.item.created").forItem(key(kind));
    }

    private void event(String kind, ExampleEvent event, String reason, String field, String rule) {
        event(kind, event, reason, field, rule, Topic.ITEMS);
    }

    private void event(String kind, ExampleEvent event, String reason, String field, String rule, Topic topic) {
        add(new Input(kind, topic, event.json().get("subject").asString().replaceFirst("-other$", ""), event.bytes(),
                List.of(), reason, field, rule, OnKafka.DEAD_LETTERED, OnHttp.REFUSED, null));
    }

    private void raw(String kind, String json, String reason, String field, String rule) {
        bytes(kind, json.getBytes(StandardCharsets.UTF_8), reason, field, rule);
    }

    private void bytes(String kind, byte[] value, String reason, String field, String rule) {
        add(new Input(kind, Topic.ITEMS, key("raw-" + inputs.size()), value, List.of(), reason, field, rule,
                OnKafka.DEAD_LETTERED, OnHttp.REFUSED, null));
    }

    private void add(Input input) {
        inputs.add(input);
    }

    private static ExampleEvent withData(ExampleEvent event, String data) {
        ((ObjectNode) event.json()).set("data", tools.jackson.databind.json.JsonMapper.shared().readTree(data));
        return event;
    }

    private static ExampleEvent withTime(ExampleEvent event, String time) {
        ((ObjectNode) event.json()).put("time", time);
        return event;
    }

    private static ExampleEvent requestText(String requestId) {
        ExampleEvent received = ExampleEvent.of("disclosure.request.received").forRequest(requestId);
        return received.with("subject", "2025年\u0000养老保险");
    }

    /** The event's bytes with the first 'é' made invalid: a lead byte followed by an ASCII one. */
    private static byte[] invalidUtf8(String json) {
        byte[] bytes = json.replaceFirst("\"title\":\"", "\"title\":\"@@").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '@' && bytes[i + 1] == '@') {
                bytes[i] = (byte) 0xC3;
                bytes[i + 1] = (byte) 0x28;
                return bytes;
            }
        }
        throw new IllegalStateException("no title in " + json);
    }
}
