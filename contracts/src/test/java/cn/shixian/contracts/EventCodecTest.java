package cn.shixian.contracts;

import static cn.shixian.contracts.EventType.ITEM_CREATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventCodecTest {

    private static final EventCodec CODEC = new EventCodec();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-24T02:30:06Z"), ZoneId.of("Asia/Shanghai"));

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyExampleValidatesAndSurvivesARoundTrip(EventType type) {
        CloudEvent<?> decoded = CODEC.decode(Examples.bytes(type));

        assertThat(decoded.type()).isEqualTo(type);
        assertThat(decoded.data()).isInstanceOf(type.dataType());
        assertThat(decoded.subject()).isEqualTo(decoded.data().key());
        assertThat(CODEC.decode(CODEC.encode(decoded))).isEqualTo(decoded);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void encodesTheSameJsonAsTheExample(EventType type) {
        JsonNode example = JSON.readTree(Examples.bytes(type));
        JsonNode encoded = JSON.readTree(CODEC.encode(CODEC.decode(Examples.bytes(type))));

        assertThat(encoded).isEqualTo(example);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void encodesTrustedEventsToTheSameBytes(EventType type) {
        CloudEvent<?> decoded = CODEC.decode(Examples.bytes(type));
        assertThat(new String(CODEC.encodeTrusted(decoded), StandardCharsets.UTF_8))
                .isEqualTo(new String(CODEC.encode(decoded), StandardCharsets.UTF_8));
    }

    @Test
    void readsTheInputFieldsUpstreamSystemsDependOn() {
        ItemCreated created = (ItemCreated) CODEC.decode(Examples.bytes(ITEM_CREATED)).data();

        assertThat(created.itemId()).isEqualTo("hami-650500-shbx-001");
        assertThat(created.region()).isEqualTo("650500");
        assertThat(created.responsibleBody()).isEqualTo("哈密市人力资源和社会保障局");
        assertThat(created.category()).containsExactly("社会保险", "养老保险", "待遇领取资格认证");
        assertThat(created.mode()).isEqualTo(DisclosureMode.ACTIVE);
        assertThat(created.timeLimit().text()).isEqualTo("公开事项信息形成或变更之日起20个工作日内公开");
        assertThat(created.timeLimit().workingDays()).isNull();
        // the producer's offset survives: the local date in it starts the clock
        assertThat(created.changedAt()).isEqualTo(OffsetDateTime.parse("2025-09-24T10:30:00+08:00"));
        assertThat(created.changedAt().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    }

    @Test
    void readsAbsentOptionalFieldsAsEmptyOrNull() {
        String minimal = Examples.with(ITEM_CREATED, "\"category\": [\n      \"社会保险\",\n      \"养老保险\",\n      \"待遇领取资格认证\"\n    ],", "")
                .replace("\"timeLimit\": {\n      \"text\": \"公开事项信息形成或变更之日起20个工作日内公开\"\n    },", "");

        ItemCreated created = (ItemCreated) CODEC.decode(minimal.getBytes(StandardCharsets.UTF_8)).data();

        assertThat(created.category()).isEmpty();
        assertThat(created.timeLimit()).isNull();
        assertThat(created.processingLimit()).isNull();
        assertThat(created.channels()).containsExactly("政府网站", "政务服务中心");
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"ITEM_CREATED", "ITEM_CHANGED"})
    void carriesAServiceGuidesProcessingLimitBesideItsPublicationDeadline(EventType type) {
        String guide = Examples.with(type, "\"channels\"",
                "\"processingLimit\": \"材料齐全的情况下，7个工作日办结\",\n    \"channels\"");

        ItemRevision revision = (ItemRevision) CODEC.decode(guide.getBytes(StandardCharsets.UTF_8)).data();

        assertThat(revision.processingLimit()).isEqualTo("材料齐全的情况下，7个工作日办结");
        assertThat(revision.timeLimit()).isEqualTo(((ItemRevision) CODEC.decode(Examples.bytes(type)).data()).timeLimit());
        assertThat(CODEC.decode(CODEC.encode(CODEC.decode(guide.getBytes(StandardCharsets.UTF_8)))).data())
                .isEqualTo(revision);
        // an old producer's event, without it, still reads
        assertThat(((ItemRevision) CODEC.decode(Examples.bytes(type)).data()).processingLimit()).isNull();
    }

    @Test
    void readsATimeLimitStatedOutsideAnEventByTheItemEventsSchema() {
        assertThat(CODEC.decodeTimeLimit("""
                {"text": "自受理之日起60日内出具结论", "kind": "CALENDAR_DAYS", "calendarDays": 60}"""
                .getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new TimeLimit("自受理之日起60日内出具结论", null, "CALENDAR_DAYS", 60, null));

        assertThatThrownBy(() -> CODEC.decodeTimeLimit("""
                {"kind": "CALENDAR_DAYS", "days": 60}""".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.rule())
                        .containsExactlyInAnyOrder("/calendarDays required", "/ additionalProperties"));
        assertThatThrownBy(() -> CODEC.decodeTimeLimit("[]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void refusesAProcessingLimitLongerThanATimeLimitText() {
        String tooLong = Examples.with(ITEM_CREATED, "\"channels\"",
                "\"processingLimit\": \"" + "办".repeat(2001) + "\",\n    \"channels\"");

        assertThatThrownBy(() -> CODEC.decode(tooLong.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("/data/processingLimit"));
    }

    @Test
    void encodesWhatAServiceProducesSoThatConsumersCanReadIt() {
        DeadlineOpened opened = new DeadlineOpened("hami-650500-shbx-001", 1, "650500", "哈密市人力资源和社会保障局",
                null, null, LocalDate.parse("2025-09-24"), LocalDate.parse("2025-10-28"),
                OffsetDateTime.parse("2025-10-29T00:00:00+08:00"), 20, "cal-3f9a1c2b", false, false, "WORKING_DAYS", null);
        CloudEvent<DeadlineOpened> event = CloudEvent.of(URI.create("urn:shixian:deadline-service"), opened, CLOCK);

        byte[] json = CODEC.encode(event);

        assertThat(CODEC.decode(json)).isEqualTo(event);
        JsonNode tree = JSON.readTree(json);
        assertThat(tree.path("time").asString()).isEqualTo("2025-09-24T10:30:06+08:00");
        assertThat(tree.path("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(tree.path("data").has("title")).as("absent optional field stays absent").isFalse();
    }

    @Test
    void refusesToEncodeAnEventThatBreaksItsSchema() {
        ItemPublished versionZero = new ItemPublished("hami-650500-shbx-001", 0,
                OffsetDateTime.parse("2025-10-20T15:58:00+08:00"), "政府网站", null);
        CloudEvent<ItemPublished> event = CloudEvent.of(URI.create("https://cms.hami.gov.cn/catalog"), versionZero, CLOCK);

        assertThatThrownBy(() -> CODEC.encode(event))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/data/version");
    }

    @Test
    void reportsEveryBadElementOfABatchByIndex() {
        String good = Examples.text(ITEM_CREATED);
        String badRegion = good.replace("\"650500\"", "\"x\"");
        String batch = "[" + good + "," + badRegion + ", 7]";

        assertThatThrownBy(() -> CODEC.decodeBatch(batch.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvalidEventException.Reason.SCHEMA_INVALID);
                    assertThat(e.violations()).extracting(Violation::field).containsExactly("/1/data/region", "/2");
                });
    }

    @Test
    void oneCodecServesManyThreads() throws Exception {
        List<Object> expected = Arrays.stream(EventType.values()).<Object>map(t -> CODEC.decode(Examples.bytes(t))).toList();
        Callable<List<Object>> decodeAll = () -> Arrays.stream(EventType.values())
                .<Object>map(t -> CODEC.decode(CODEC.encode(CODEC.decode(Examples.bytes(t))))).toList();

        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<List<Object>> result : pool.invokeAll(Collections.nCopies(64, decodeAll))) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
    }

    @Test
    void decodesABatchOrASingleEvent() {
        String good = Examples.text(ITEM_CREATED);

        assertThat(CODEC.decodeBatch(("[" + good + "," + good + "]").getBytes(StandardCharsets.UTF_8))).hasSize(2);
        assertThat(CODEC.decodeBatch(good.getBytes(StandardCharsets.UTF_8)))
                .singleElement().extracting(CloudEvent::type).isEqualTo(ITEM_CREATED);
        assertThat(CODEC.decodeBatch("[]".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
