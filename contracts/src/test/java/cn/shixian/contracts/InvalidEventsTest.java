package cn.shixian.contracts;

import static cn.shixian.contracts.EventType.ALERT_OVERDUE;
import static cn.shixian.contracts.EventType.DEADLINE_OPENED;
import static cn.shixian.contracts.EventType.ITEM_CREATED;
import static cn.shixian.contracts.EventType.ITEM_PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shixian.contracts.InvalidEventException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad events are rejected with the reason the DLT header carries and a violation naming the field and rule. */
class InvalidEventsTest {

    private static final EventCodec CODEC = new EventCodec();
    private static final String CHANGED_AT = "2025-09-24T10:30:00+08:00";

    static Stream<Arguments> invalidEvents() {
        return Stream.of(
                invalid("missing field", Examples.with(ITEM_CREATED, "\"responsibleBody\": \"哈密市人力资源和社会保障局\",", ""),
                        Reason.SCHEMA_INVALID, "/data/responsibleBody", "required", "responsibleBody"),
                invalid("impossible date", Examples.with(ITEM_CREATED, CHANGED_AT, "2025-02-30T10:30:00+08:00"),
                        Reason.IMPOSSIBLE_DATE, "/data/changedAt", "format", "changedAt '2025-02-30T10:30:00+08:00' is not a real date-time"),
                invalid("date-time without offset", Examples.with(ITEM_CREATED, CHANGED_AT, "2025-09-24T10:30:00"),
                        Reason.IMPOSSIBLE_DATE, "/data/changedAt", "format", "changedAt '2025-09-24T10:30:00' has no UTC offset"),
                invalid("leap second Java cannot hold", Examples.with(ITEM_CREATED, CHANGED_AT, "2016-12-31T23:59:60Z"),
                        Reason.IMPOSSIBLE_DATE, "/data/changedAt", "format", "changedAt '2016-12-31T23:59:60Z'"),
                invalid("impossible envelope time", Examples.with(ITEM_CREATED, "2025-09-24T10:30:05+08:00", "2025-13-01T10:30:05+08:00"),
                        Reason.IMPOSSIBLE_DATE, "/time", "format", "time '2025-13-01T10:30:05+08:00' is not a real date-time"),
                invalid("impossible due date", Examples.with(DEADLINE_OPENED, "\"dueOn\": \"2025-10-28\"", "\"dueOn\": \"2025-02-29\""),
                        Reason.IMPOSSIBLE_DATE, "/data/dueOn", "format", "dueOn '2025-02-29' is not a real calendar date"),
                invalid("bad date next to a missing field", Examples.with(ITEM_CREATED, CHANGED_AT, "2025-02-30T10:30:00+08:00")
                                .replace("\"title\": \"养老保险待遇领取资格认证\",", ""),
                        Reason.SCHEMA_INVALID, "/data/title", "required", "title"),
                invalid("bad region", Examples.with(ITEM_CREATED, "\"650500\"", "\"65050\""),
                        Reason.SCHEMA_INVALID, "/data/region", "pattern", "^[1-8][0-9]{5}$"),
                invalid("wrong type", Examples.with(ITEM_CREATED, "\"version\": 1", "\"version\": \"one\""),
                        Reason.SCHEMA_INVALID, "/data/version", "type", "integer"),
                invalid("version zero", Examples.with(ITEM_CREATED, "\"version\": 1", "\"version\": 0"),
                        Reason.SCHEMA_INVALID, "/data/version", "minimum", "1"),
                invalid("version beyond int", Examples.with(ITEM_CREATED, "\"version\": 1", "\"version\": 3000000000"),
                        Reason.SCHEMA_INVALID, "/data/version", "maximum", "2147483647"),
                invalid("itemId too long", Examples.with(ITEM_CREATED, "\"itemId\": \"hami-650500-shbx-001\"", "\"itemId\": \"" + "x".repeat(129) + "\""),
                        Reason.SCHEMA_INVALID, "/data/itemId", "maxLength", "128"),
                invalid("too many working days", Examples.with(ITEM_CREATED, "\"timeLimit\": {", "\"timeLimit\": {\"workingDays\": 100001, "),
                        Reason.SCHEMA_INVALID, "/data/timeLimit/workingDays", "maximum", "100000"),
                invalid("calendar days without their number", Examples.with(ITEM_CREATED, "\"timeLimit\": {",
                                "\"timeLimit\": {\"kind\": \"CALENDAR_DAYS\", "),
                        Reason.SCHEMA_INVALID, "/data/timeLimit/calendarDays", "required", "calendarDays"),
                invalid("a fixed date counted after the period", Examples.with(ITEM_CREATED, "\"timeLimit\": {",
                                "\"timeLimit\": {\"kind\": \"FIXED_DATE\", \"schedule\": {\"every\": \"MONTH\","
                                        + " \"afterEnd\": {\"days\": 5, \"unit\": \"WORKING\"}}, "),
                        Reason.SCHEMA_INVALID, "/data/timeLimit/schedule/on", "required", "on"),
                invalid("unknown kind of time limit", Examples.with(ITEM_CREATED, "\"timeLimit\": {",
                                "\"timeLimit\": {\"kind\": \"WEEKLY\", "),
                        Reason.SCHEMA_INVALID, "/data/timeLimit/kind", "enum", "CALENDAR_DAYS"),
                invalid("unknown mode", Examples.with(ITEM_CREATED, "\"ACTIVE\"", "\"SOMETIMES\""),
                        Reason.SCHEMA_INVALID, "/data/mode", "enum", "ON_REQUEST"),
                invalid("bad url is no date problem", Examples.with(ITEM_PUBLISHED, "https://www.hami.gov.cn/zwgk/shbx/001.html", "not a url"),
                        Reason.SCHEMA_INVALID, "/data/url", "format", "uri"),
                invalid("alert state not matching its type", Examples.with(ALERT_OVERDUE, "\"OVERDUE\"", "\"ESCALATED\""),
                        Reason.SCHEMA_INVALID, "/data/state", "const", "OVERDUE"),
                invalid("unknown type", Examples.with(ITEM_CREATED, "\"disclosure.item.created\"", "\"disclosure.item.deleted\""),
                        Reason.UNKNOWN_TYPE, "/type", "enum", "disclosure.item.deleted"),
                invalid("subject is not the item", Examples.with(ITEM_CREATED, "\"subject\": \"hami-650500-shbx-001\"", "\"subject\": \"other\""),
                        Reason.SCHEMA_INVALID, "/subject", "const", "hami-650500-shbx-001"),
                invalid("missing envelope id", Examples.with(ITEM_CREATED, "\"id\": \"0b8e2c1e-5d0f-4b8a-9a43-7c1f5b2e9d01\",", ""),
                        Reason.SCHEMA_INVALID, "/id", "required", "id"),
                invalid("other specversion", Examples.with(ITEM_CREATED, "\"1.0\"", "\"0.3\""),
                        Reason.SCHEMA_INVALID, "/specversion", "const", "1.0"),
                invalid("not JSON", "{\"specversion\": \"1.0\", ", Reason.NOT_JSON, "/", "json", "not JSON"),
                invalid("trailing garbage", Examples.text(ITEM_CREATED) + " {}", Reason.NOT_JSON, "/", "json", "Trailing token"),
                invalid("duplicate key", Examples.with(ITEM_CREATED, "\"version\": 1", "\"version\": 1, \"version\": 2"),
                        Reason.NOT_JSON, "/", "json", "version"),
                invalid("JSON but not an object", "[1, 2]", Reason.SCHEMA_INVALID, "/", "type", "array"));
    }

    private static Arguments invalid(String name, String json, Reason reason, String field, String rule, String says) {
        return Arguments.of(name, json, reason, field, rule, says);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEvents")
    void rejectsNamingFieldAndRule(String name, String json, Reason reason, String field, String rule, String says) {
        assertThatThrownBy(() -> CODEC.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.violations()).anySatisfy(v -> {
                        assertThat(v.field()).isEqualTo(field);
                        assertThat(v.rule()).isEqualTo(rule);
                        assertThat(v.message()).contains(says);
                    });
                    // the exception message is what the DLT detail header carries
                    assertThat(e.getMessage()).startsWith(reason.code() + ": ").contains(field);
                });
    }

    @Test
    void readsAStatedTimeLimitReading() {
        String json = Examples.with(ITEM_CREATED, "\"timeLimit\": {", "\"timeLimit\": {\"kind\": \"PERIODIC\","
                + " \"schedule\": {\"every\": \"QUARTER\", \"afterEnd\": {\"days\": 15, \"unit\": \"WORKING\"}}, ");

        TimeLimit limit = ((ItemCreated) CODEC.decode(json.getBytes(StandardCharsets.UTF_8)).data()).timeLimit();

        assertThat(limit.kind()).isEqualTo("PERIODIC");
        assertThat(limit.schedule()).isEqualTo(new TimeLimit.Schedule("QUARTER", null, new TimeLimit.AfterEnd(15, "WORKING")));
    }

    @Test
    void rejectsEventsOverOneMebibyteBeforeParsing() {
        byte[] huge = new byte[EventCodec.MAX_EVENT_BYTES + 1];
        Arrays.fill(huge, (byte) 'x');

        assertThatThrownBy(() -> CODEC.decode(huge))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessageContaining("1048577 bytes; at most 1048576");
    }

    @Test
    void acceptsAnEventOfExactlyOneMebibyte() {
        byte[] event = Examples.bytes(ITEM_CREATED);
        byte[] padded = Arrays.copyOf(event, EventCodec.MAX_EVENT_BYTES);
        Arrays.fill(padded, event.length, padded.length, (byte) ' ');

        assertThat(CODEC.decode(padded).type()).isEqualTo(ITEM_CREATED);
    }

    @Test
    void rejectsAnEmptyRecord() {
        assertThatThrownBy(() -> CODEC.decode(new byte[0]))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_JSON));
    }

    @Test
    void reasonCodesAreStableLabels() {
        assertThat(Arrays.stream(Reason.values()).map(Reason::code))
                .containsExactly("not-json", "too-large", "unknown-type", "schema-invalid", "impossible-date");
    }
}
