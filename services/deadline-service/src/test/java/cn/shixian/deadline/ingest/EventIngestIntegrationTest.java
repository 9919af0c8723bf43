package cn.shixian.deadline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.Topic;
import cn.shixian.deadline.access.DeadlineApiTest;
import cn.shixian.deadline.access.LocalUser;
import cn.shixian.testsupport.ApiClient;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.HttpApiTest;
import cn.shixian.testsupport.SharedInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/events} over real HTTP into a real Kafka broker, read back with a plain consumer. */
@DeadlineApiTest
class EventIngestIntegrationTest extends HttpApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void producesEveryEventOfAValidBatchAndAnswers202() {
        String itemId = "http-" + UUID.randomUUID();
        ExampleEvent created = ExampleEvent.of("disclosure.item.created").forItem(itemId);
        ExampleEvent changed = ExampleEvent.of("disclosure.item.changed").forItem(itemId);
        // pretty-printed, as a person would send it: the elements' bytes go to Kafka as written
        String batch = "[\n  " + created.json().toPrettyString() + ",\n  " + changed.json() + "\n]";

        ApiClient.Response response = api.post("/api/events", "application/cloudevents-batch+json",
                batch.getBytes(StandardCharsets.UTF_8), LocalUser.INGEST);

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(response.json().get("ids").valueStream().map(JsonNode::asString))
                .containsExactly(id(created), id(changed));
        List<ConsumerRecord<String, byte[]>> records = awaitRecords(itemId, 2);
        assertThat(records).extracting(ConsumerRecord::key).containsOnly(itemId);
        assertThat(records).extracting(r -> JSON.readTree(r.value())).containsExactly(created.json(), changed.json());
        assertThat(new String(records.getFirst().headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .startsWith("application/cloudevents+json");
    }

    @Test
    void takesASingleEventFromAnAdminToo() {
        String itemId = "http-" + UUID.randomUUID();
        ExampleEvent published = ExampleEvent.of("disclosure.item.published").forItem(itemId);

        ApiClient.Response response = api.post("/api/events", "application/cloudevents+json", published.bytes(),
                LocalUser.ADMIN);

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(awaitRecords(itemId, 1)).singleElement()
                .satisfies(r -> assertThat(JSON.readTree(r.value())).isEqualTo(published.json()));
    }

    @Test
    void rejectsAWholeBatchWithBadEventsNamingEachAndProducesNothing() {
        String itemId = "http-bad-" + UUID.randomUUID();
        ExampleEvent valid = ExampleEvent.of("disclosure.item.created").forItem(itemId);
        ExampleEvent impossibleDate = ExampleEvent.of("disclosure.item.changed").forItem(itemId)
                .with("changedAt", "2025-02-30T09:00:00+08:00");
        ExampleEvent badRegion = ExampleEvent.of("disclosure.item.changed").forItem(itemId).with("region", "Hami");
        ExampleEvent foreign = ExampleEvent.of("disclosure.deadline.opened").forItem(itemId);
        String batch = "[" + valid.json() + "," + impossibleDate.json() + "," + badRegion.json() + ","
                + foreign.json() + ", 42, " + valid.json() + "]";

        JsonNode problem = api.post("/api/events", "application/json", batch.getBytes(StandardCharsets.UTF_8),
                LocalUser.INGEST).problem(400);

        assertThat(problem.get("detail").asString()).contains("5 of 6 events are invalid").contains("nothing was produced");
        List<JsonNode> errors = problem.get("errors").valueStream().toList();
        assertThat(errors).extracting(e -> e.get("index").asInt()).containsExactly(1, 2, 3, 4, 5);
        JsonNode first = errors.get(0);
        assertThat(first.get("id").asString()).isEqualTo(id(impossibleDate));
        assertThat(first.get("reason").asString()).isEqualTo("impossible-date");
        assertThat(first.get("field").asString()).isEqualTo("/data/changedAt");
        assertThat(first.get("message").asString()).isNotBlank();
        assertThat(errors.get(1).get("reason").asString()).isEqualTo("schema-invalid");
        assertThat(errors.get(1).get("field").asString()).isEqualTo("/data/region");
        assertThat(errors.get(2).get("reason").asString()).isEqualTo("wrong-topic");
        assertThat(errors.get(2).get("id").asString()).isEqualTo(id(foreign));
        assertThat(errors.get(3).get("reason").asString()).isEqualTo("schema-invalid");
        assertThat(errors.get(3).get("id").isNull()).isTrue();
        assertThat(errors.get(4).get("reason").asString()).isEqualTo("duplicate-id");

        // a marker with the same key lands on the same partition after anything the batch had produced
        ExampleEvent marker = ExampleEvent.of("disclosure.item.retired").forItem(itemId);
        assertThat(api.post("/api/events", "application/json", marker.bytes(), LocalUser.INGEST).status()).isEqualTo(202);
        List<ConsumerRecord<String, byte[]>> arrived = awaitRecords(itemId, 1);
        assertThat(arrived).extracting(r -> JSON.readTree(r.value()).get("id").asString()).containsExactly(id(marker));
    }

    /**
     * What the intake would dead-letter as out-of-range (DeadlineFlowIntegrationTest sends the same over
     * Kafka) is refused here with the same reason, by the same rule ({@code DueDateRule.refusal}).
     */
    @Test
    void refusesAnItemWhoseDueDateTheCalendarCannotCountAsTheIntakeWould() {
        String itemId = "http-range-" + UUID.randomUUID();
        ExampleEvent tooEarly = ExampleEvent.of("disclosure.item.created").forItem(itemId)
                .with("changedAt", "1900-01-01T09:00:00+08:00");
        ExampleEvent tooLong = ExampleEvent.of("disclosure.item.changed").forItem(itemId)
                .with("timeLimit", Map.of("workingDays", 100000));
        ExampleEvent onRequest = ExampleEvent.of("disclosure.item.changed").forItem(itemId).with("version", 3)
                .with("mode", "ON_REQUEST").with("timeLimit", Map.of("workingDays", 100000));
        String batch = "[" + tooEarly.json() + "," + tooLong.json() + "," + onRequest.json() + "]";

        JsonNode problem = api.post("/api/events", "application/json", batch.getBytes(StandardCharsets.UTF_8),
                LocalUser.INGEST).problem(400);

        List<JsonNode> errors = problem.get("errors").valueStream().toList();
        // an item published on request counts nothing, so the intake takes it: so does HTTP
        assertThat(errors).extracting(e -> e.get("index").asInt()).containsExactly(0, 1);
        assertThat(errors).extracting(e -> e.get("reason").asString()).containsOnly("out-of-range");
        assertThat(errors).extracting(e -> e.get("field").asString())
                .containsExactly("/data/changedAt", "/data/timeLimit/workingDays");
        assertThat(errors.get(0).get("id").asString()).isEqualTo(id(tooEarly));
        assertThat(errors.get(1).get("message").asString()).isNotBlank();
    }

    @Test
    void saysWhenTheBodyIsNotJson() {
        JsonNode notJson = api.post("/api/events", "application/json", "{\"id\": ".getBytes(StandardCharsets.UTF_8),
                LocalUser.INGEST).problem(400);
        assertThat(notJson.at("/errors/0/reason").asString()).isEqualTo("not-json");

        JsonNode brokenBatch = api.post("/api/events", "application/json",
                ("[" + ExampleEvent.of("disclosure.item.created").json() + ", {").getBytes(StandardCharsets.UTF_8),
                LocalUser.INGEST).problem(400);
        assertThat(brokenBatch.at("/errors/0/reason").asString()).isEqualTo("not-json");
        assertThat(brokenBatch.at("/errors/0/index").asInt()).isEqualTo(1);
    }

    @Test
    void refusesABodyAboveTheBatchLimitWith413() {
        byte[] huge = new byte[Math.toIntExact(EventCodec.MAX_BATCH_BYTES + 1)];
        Arrays.fill(huge, (byte) ' ');

        JsonNode problem = api.post("/api/events", "application/json", huge, LocalUser.INGEST).problem(413);

        assertThat(problem.get("maxBytes").asLong()).isEqualTo(EventCodec.MAX_BATCH_BYTES);
    }

    @Test
    void answersOtherContentTypesWith415AndStrangersWith401() {
        byte[] event = ExampleEvent.of("disclosure.item.created").bytes();
        api.post("/api/events", "text/plain", event, LocalUser.INGEST).problem(415);
        ApiClient.Response stranger = api.post("/api/events", "application/json", event, null);
        stranger.problem(401);
        assertThat(stranger.raw().headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"shixian\"");
    }

    private static String id(ExampleEvent event) {
        return event.json().get("id").asString();
    }

    /** Every record keyed {@code itemId} on disclosure.items, once at least {@code count} have arrived. */
    private static List<ConsumerRecord<String, byte[]>> awaitRecords(String itemId, int count) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "ingest-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topic.ITEMS.topicName()));
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (itemId.equals(record.key())) {
                        found.add(record);
                    }
                });
                return found.size() >= count;
            });
        }
        return found;
    }
}
