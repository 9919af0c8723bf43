package cn.shixian.contracts;

import static cn.shixian.contracts.EventType.REQUEST_ANSWERED;
import static cn.shixian.contracts.EventType.REQUEST_CONSULTATION_STARTED;
import static cn.shixian.contracts.EventType.REQUEST_DEADLINE_PAUSED;
import static cn.shixian.contracts.EventType.REQUEST_EXTENDED;
import static cn.shixian.contracts.EventType.REQUEST_RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shixian.contracts.InvalidEventException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The request events of disclosure.requests and the request deadline events of disclosure.deadlines. */
class RequestEventsTest {

    private static final EventCodec CODEC = new EventCodec();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RECEIVED_AT = "2025-09-26T10:00:00+08:00";

    @Test
    void readsTheFieldsTheRequestHandlingSystemSends() {
        RequestReceived received = (RequestReceived) CODEC.decode(Examples.bytes(REQUEST_RECEIVED)).data();

        assertThat(received.requestId()).isEqualTo("hami-ysq-2025-0042").isEqualTo(received.key());
        assertThat(received.region()).isEqualTo("650500");
        assertThat(received.receivedAt()).isEqualTo(OffsetDateTime.parse(RECEIVED_AT));
        assertThat(received.channel()).isEqualTo(RequestChannel.ONLINE);
        assertThat(received.applicantType()).isEqualTo(ApplicantType.NATURAL_PERSON);
        assertThat(received.itemId()).isEqualTo("hami-650500-shbx-001");
        assertThat(received.occurredAt()).isEqualTo(received.receivedAt());
    }

    @Test
    void aConsultationWithoutAKindOfPartyIsAThirdParty() {
        String withoutKind = Examples.with(REQUEST_CONSULTATION_STARTED, ",\n    \"partyKind\": \"THIRD_PARTY\"", "");

        RequestConsultationStarted started = (RequestConsultationStarted) CODEC.decode(bytes(withoutKind)).data();

        assertThat(started.partyKind()).isNull();
        assertThat(started.kindOfParty()).isEqualTo(RequestConsultationStarted.PartyKind.THIRD_PARTY);
        assertThat(new String(CODEC.encode(CODEC.decode(bytes(withoutKind))), StandardCharsets.UTF_8))
                .as("absent stays absent").doesNotContain("partyKind");
    }

    @Test
    void requestEventsTravelOnTheirOwnTopicKeyedByRequestId() {
        assertThat(Topic.REQUESTS.topicName()).isEqualTo("disclosure.requests");
        assertThat(Topic.REQUESTS.deadLetterTopicName()).isEqualTo("disclosure.requests.DLT");
        assertThat(typesOn(Topic.REQUESTS)).containsExactly("disclosure.request.received",
                "disclosure.request.correction-requested", "disclosure.request.corrected",
                "disclosure.request.consultation-started", "disclosure.request.consultation-ended",
                "disclosure.request.extended", "disclosure.request.answered", "disclosure.request.withdrawn");
        assertThat(Arrays.stream(EventType.values()).filter(t -> t.topic() == Topic.REQUESTS))
                .allMatch(t -> RequestEvent.class.isAssignableFrom(t.dataType()));
    }

    @Test
    void requestDeadlinesShareTheDeadlineTopicUnderTypesOfTheirOwn() {
        assertThat(typesOn(Topic.DEADLINES)).containsExactly(
                // the item obligations' types, unchanged
                "disclosure.deadline.opened", "disclosure.deadline.recomputed", "disclosure.deadline.met",
                "disclosure.deadline.cancelled", "disclosure.deadline.time-limit-set",
                "disclosure.request.deadline.opened", "disclosure.request.deadline.recomputed",
                "disclosure.request.deadline.paused", "disclosure.request.deadline.met",
                "disclosure.request.deadline.cancelled");
        assertThat(Arrays.stream(EventType.values()).filter(t -> t.type().startsWith("disclosure.request.deadline.")))
                .hasSize(5)
                .allMatch(t -> RequestDeadlineEvent.class.isAssignableFrom(t.dataType()));
    }

    @Test
    void theOutcomesAreEveryRowOfThe2021ReportFormat() {
        Map<RequestOutcome.Group, Long> rowsPerGroup = Arrays.stream(RequestOutcome.values())
                .collect(Collectors.groupingBy(RequestOutcome::group, Collectors.counting()));

        assertThat(RequestOutcome.values()).hasSize(21);
        assertThat(rowsPerGroup).containsExactlyInAnyOrderEntriesOf(Map.of(RequestOutcome.Group.DISCLOSED, 1L,
                RequestOutcome.Group.PARTLY_DISCLOSED, 1L, RequestOutcome.Group.WITHHELD, 8L,
                RequestOutcome.Group.UNAVAILABLE, 3L, RequestOutcome.Group.NOT_HANDLED, 5L,
                RequestOutcome.Group.OTHER, 3L));
        assertThat(RequestOutcome.WITHHELD_STATE_SECRET.label()).isEqualTo("属于国家秘密");
        assertThat(RequestOutcome.OTHER_NOT_CORRECTED.label()).startsWith("申请人无正当理由逾期不补正");
        assertThat(Arrays.stream(RequestOutcome.values()).filter(o -> o.group() == RequestOutcome.Group.WITHHELD)
                .map(RequestOutcome::position)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void theSchemasListTheSameValuesAsTheJavaEnums() {
        JsonNode common = JSON.readTree(Path.of("src/main/resources/schemas/common.schema.json").toFile());
        JsonNode received = JSON.readTree(Path.of("src/main/resources/schemas/disclosure.request.received.schema.json").toFile());

        assertThat(values(common.at("/$defs/requestOutcome/enum"))).containsExactlyElementsOf(names(RequestOutcome.values()));
        assertThat(values(common.at("/$defs/applicantType/enum"))).containsExactlyElementsOf(names(ApplicantType.values()));
        assertThat(values(received.at("/properties/channel/enum"))).containsExactlyElementsOf(names(RequestChannel.values()));
    }

    static Stream<Arguments> invalidRequestEvents() {
        return Stream.of(
                invalid("missing receipt date", Examples.with(REQUEST_RECEIVED, "\"receivedAt\": \"" + RECEIVED_AT + "\",", ""),
                        Reason.SCHEMA_INVALID, "/data/receivedAt", "required", "receivedAt"),
                invalid("receipt date without offset", Examples.with(REQUEST_RECEIVED, RECEIVED_AT, "2025-09-26T10:00:00"),
                        Reason.IMPOSSIBLE_DATE, "/data/receivedAt", "format", "receivedAt '2025-09-26T10:00:00' has no UTC offset"),
                invalid("receipt date that does not exist", Examples.with(REQUEST_RECEIVED, RECEIVED_AT, "2025-09-31T10:00:00+08:00"),
                        Reason.IMPOSSIBLE_DATE, "/data/receivedAt", "format", "is not a real date-time"),
                invalid("unknown channel", Examples.with(REQUEST_RECEIVED, "\"ONLINE\"", "\"WECHAT\""),
                        Reason.SCHEMA_INVALID, "/data/channel", "enum", "IN_PERSON"),
                invalid("unknown applicant type", Examples.with(REQUEST_RECEIVED, "\"NATURAL_PERSON\"", "\"COMPANY\""),
                        Reason.SCHEMA_INVALID, "/data/applicantType", "enum", "COMMERCIAL"),
                invalid("bad region", Examples.with(REQUEST_RECEIVED, "\"650500\"", "\"6505\""),
                        Reason.SCHEMA_INVALID, "/data/region", "pattern", "^[1-8][0-9]{5}$"),
                invalid("empty subject", Examples.with(REQUEST_RECEIVED, "\"申请公开2024年度哈密市城乡居民基本养老保险基金收支情况\"", "\"\""),
                        Reason.SCHEMA_INVALID, "/data/subject", "minLength", "1"),
                invalid("requestId too long", Examples.with(REQUEST_RECEIVED, "\"requestId\": \"hami-ysq-2025-0042\"", "\"requestId\": \"" + "r".repeat(129) + "\""),
                        Reason.SCHEMA_INVALID, "/data/requestId", "maxLength", "128"),
                invalid("subject is not the request", Examples.with(REQUEST_RECEIVED, "\"subject\": \"hami-ysq-2025-0042\"", "\"subject\": \"other\""),
                        Reason.SCHEMA_INVALID, "/subject", "const", "hami-ysq-2025-0042"),
                invalid("extension of more than 20 working days", Examples.with(REQUEST_EXTENDED, "\"workingDays\": 10", "\"workingDays\": 21"),
                        Reason.SCHEMA_INVALID, "/data/workingDays", "maximum", "20"),
                invalid("extension of no working days", Examples.with(REQUEST_EXTENDED, "\"workingDays\": 10", "\"workingDays\": 0"),
                        Reason.SCHEMA_INVALID, "/data/workingDays", "minimum", "1"),
                invalid("extension nobody approved", Examples.with(REQUEST_EXTENDED, "\"approvedBy\": \"哈密市人力资源和社会保障局政务公开办公室主任\",", ""),
                        Reason.SCHEMA_INVALID, "/data/approvedBy", "required", "approvedBy"),
                invalid("outcome not on the report", Examples.with(REQUEST_ANSWERED, "\"PARTLY_DISCLOSED\"", "\"REJECTED\""),
                        Reason.SCHEMA_INVALID, "/data/outcome", "enum", "WITHHELD_STATE_SECRET"),
                invalid("answer without outcome", Examples.with(REQUEST_ANSWERED, ",\n    \"outcome\": \"PARTLY_DISCLOSED\"", ""),
                        Reason.SCHEMA_INVALID, "/data/outcome", "required", "outcome"),
                invalid("unknown kind of party", Examples.with(REQUEST_CONSULTATION_STARTED, "\"THIRD_PARTY\"", "\"NEIGHBOUR\""),
                        Reason.SCHEMA_INVALID, "/data/partyKind", "enum", "AGENCY"),
                invalid("pause for an unknown cause", Examples.with(REQUEST_DEADLINE_PAUSED, "\"CORRECTION_REQUESTED\"", "\"LUNCH\""),
                        Reason.SCHEMA_INVALID, "/data/cause", "enum", "CONSULTATION_STARTED"),
                invalid("request event type misspelt", Examples.with(REQUEST_RECEIVED, "\"disclosure.request.received\"", "\"disclosure.request.recieved\""),
                        Reason.UNKNOWN_TYPE, "/type", "enum", "disclosure.request.recieved"));
    }

    private static Arguments invalid(String name, String json, Reason reason, String field, String rule, String says) {
        return Arguments.of(name, json, reason, field, rule, says);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequestEvents")
    void rejectsNamingFieldAndRule(String name, String json, Reason reason, String field, String rule, String says) {
        assertThatThrownBy(() -> CODEC.decode(bytes(json)))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.violations()).anySatisfy(v -> {
                        assertThat(v.field()).isEqualTo(field);
                        assertThat(v.rule()).isEqualTo(rule);
                        assertThat(v.message()).contains(says);
                    });
                    assertThat(e.getMessage()).startsWith(reason.code() + ": ").contains(field);
                });
    }

    private static List<String> typesOn(Topic topic) {
        return Arrays.stream(EventType.values()).filter(t -> t.topic() == topic).map(EventType::type).toList();
    }

    private static List<String> values(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static <E extends Enum<E>> List<String> names(E[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
