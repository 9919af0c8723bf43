package cn.shixian.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shixian.contracts.InvalidEventException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class EventCodecTest {

    private static final EventCodec CODEC = new EventCodec();

    static byte[] example(String type) throws IOException {
        return Files.readAllBytes(Path.of("examples", type + ".json"));
    }

    static String exampleText(String type) throws IOException {
        return new String(example(type), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyExampleValidatesAndSurvivesARoundTrip(EventType type) throws IOException {
        CloudEvent<?> decoded = CODEC.decode(example(type.type()));

        assertThat(decoded.type()).isEqualTo(type);
        assertThat(decoded.data()).isInstanceOf(type.dataType());
        assertThat(CODEC.decode(CODEC.encode(decoded))).isEqualTo(decoded);
    }

    @Test
    void readsTheInputFieldsUpstreamSystemsDependOn() throws IOException {
        ItemCreated created = (ItemCreated) CODEC.decode(example("disclosure.item.created")).data();

        assertThat(created.region()).isEqualTo("650500");
        assertThat(created.mode()).isEqualTo(DisclosureMode.ACTIVE);
        assertThat(created.timeLimit().text()).isEqualTo("公开事项信息形成或变更之日起20个工作日内公开");
        assertThat(created.timeLimit().workingDays()).isNull();
        assertThat(created.changedAt().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    }

    static Stream<Arguments> invalidEvents() throws IOException {
        String created = exampleText("disclosure.item.created");
        return Stream.of(
                Arguments.of("missing field", created.replace("\"responsibleBody\": \"哈密市人力资源和社会保障局\",", ""),
                        Reason.SCHEMA_INVALID, "/data/responsibleBody", "required"),
                Arguments.of("impossible date", created.replace("2025-09-24T10:30:00+08:00", "2025-02-30T10:30:00+08:00"),
                        Reason.IMPOSSIBLE_DATE, "/data/changedAt", "format"),
                Arguments.of("date-time without offset", created.replace("2025-09-24T10:30:00+08:00", "2025-09-24T10:30:00"),
                        Reason.SCHEMA_INVALID, "/data/changedAt", "pattern"),
                Arguments.of("bad region", created.replace("\"650500\"", "\"65050\""),
                        Reason.SCHEMA_INVALID, "/data/region", "pattern"),
                Arguments.of("wrong type", created.replace("\"version\": 1", "\"version\": \"one\""),
                        Reason.SCHEMA_INVALID, "/data/version", "type"),
                Arguments.of("unknown mode", created.replace("\"ACTIVE\"", "\"SOMETIMES\""),
                        Reason.SCHEMA_INVALID, "/data/mode", "enum"),
                Arguments.of("unknown type", created.replace("\"disclosure.item.created\"", "\"disclosure.item.deleted\""),
                        Reason.UNKNOWN_TYPE, "/type", "enum"),
                Arguments.of("subject is not the item", created.replace("\"subject\": \"hami-650500-shbx-001\"", "\"subject\": \"other\""),
                        Reason.SCHEMA_INVALID, "/subject", "const"),
                Arguments.of("missing envelope id", created.replace("\"id\": \"0b8e2c1e-5d0f-4b8a-9a43-7c1f5b2e9d01\",", ""),
                        Reason.SCHEMA_INVALID, "/id", "required"),
                Arguments.of("not JSON", "{\"specversion\": \"1.0\", ", Reason.NOT_JSON, "/", "json"),
                Arguments.of("JSON but not an object", "[1, 2]", Reason.SCHEMA_INVALID, "/", "type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEvents")
    void rejectsInvalidEventsNamingFieldAndRule(String name, String json, Reason reason, String field, String rule) {
        assertThatThrownBy(() -> CODEC.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.violations()).anySatisfy(v -> {
                        assertThat(v.field()).isEqualTo(field);
                        assertThat(v.rule()).isEqualTo(rule);
                    });
                });
    }

    @Test
    void rejectsEventsOverOneMebibyteBeforeParsing() {
        byte[] huge = new byte[EventCodec.MAX_EVENT_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');

        assertThatThrownBy(() -> CODEC.decode(huge))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessageContaining("1048576");
    }

    @Test
    void reportsEveryBadElementOfABatchByIndex() throws IOException {
        String good = exampleText("disclosure.item.created");
        String bad = good.replace("\"650500\"", "\"x\"");

        assertThatThrownBy(() -> CODEC.decodeBatch(("[" + good + "," + bad + "]").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("/1/data/region"));
        assertThat(CODEC.decodeBatch(("[" + good + "," + good + "]").getBytes(StandardCharsets.UTF_8))).hasSize(2);
    }

    @Test
    void reasonCodesAreStableLabels() {
        assertThat(Reason.NOT_JSON.code()).isEqualTo("not-json");
        assertThat(Reason.IMPOSSIBLE_DATE.code()).isEqualTo("impossible-date");
    }
}
