package cn.shixian.deadline.hostile;

import static cn.shixian.testsupport.TopicProbe.header;
import static cn.shixian.testsupport.TopicProbe.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.contracts.Topic;
import cn.shixian.deadline.access.LocalUser;
import cn.shixian.deadline.hostile.HostileInputs.Input;
import cn.shixian.deadline.hostile.HostileInputs.OnHttp;
import cn.shixian.deadline.hostile.HostileInputs.OnKafka;
import cn.shixian.eventing.DeadLetterRouting;
import cn.shixian.testsupport.ApiClient;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.HttpApiTest;
import cn.shixian.testsupport.TopicProbe;
import cn.shixian.testsupport.WithRealInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The hostile-input corpus ({@link HostileInputs}) through both doors, valid events in between:
 * over Kafka each input reaches its dead-letter topic exactly once with its reason; over HTTP each
 * is refused with 400 problem+json naming the field and rule with the same reason (the exceptions
 * are in the corpus, each with its reason why). Every valid event is processed exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        LocalUser.CONFIG_NAME, LocalUser.CONFIG_IMPORT,
        "shixian.intake.held-publication-grace=2s",
        "shixian.intake.held-publication-sweep=500ms",
        "shixian.outbox.poll-interval=100ms"})
@WithRealInfrastructure
class HostileInputIntegrationTest extends HttpApiTest {

    /** Long enough for a second dead letter of one input, had there been one, to follow the first. */
    private static final Duration QUIET = Duration.ofSeconds(3);

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void overKafkaEachHostileRecordIsDeadLetteredOnceWithItsReasonAndEveryValidOneIsProcessedOnce() {
        String run = "hk-" + UUID.randomUUID();
        List<Input> corpus = HostileInputs.corpus(run);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(30);
        List<Input> sent = corpus.stream().filter(i -> i.kafka() == OnKafka.DEAD_LETTERED).toList();
        List<String> valid = new ArrayList<>();
        try (TopicProbe itemLetters = TopicProbe.of(Topic.ITEMS.deadLetterTopicName());
             TopicProbe requestLetters = TopicProbe.of(Topic.REQUESTS.deadLetterTopicName());
             TopicProbe deadlines = TopicProbe.of(Topic.DEADLINES.topicName())) {
            for (Input input : sent) {
                input.before().forEach(event -> kafka.send(input.topic().topicName(), input.key(), event));
                kafka.send(input.topic().topicName(), input.key(), input.value());
                valid.add(sendValid(run, valid.size(), v -> kafka.send(Topic.ITEMS.topicName(), v.key, v.bytes)));
            }

            SoftAssertions softly = new SoftAssertions();
            for (Input input : sent) {
                TopicProbe letters = input.topic() == Topic.ITEMS ? itemLetters : requestLetters;
                letters.awaitKey(input.key(), 1);
            }
            Set<String> keys = sent.stream().map(Input::key).collect(Collectors.toSet());
            List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>(itemLetters.settle(r -> keys.contains(r.key()), QUIET));
            dead.addAll(requestLetters.settle(r -> keys.contains(r.key()), Duration.ZERO));
            for (Input input : sent) {
                List<ConsumerRecord<String, byte[]>> letters = dead.stream().filter(r -> input.key().equals(r.key())).toList();
                softly.assertThat(letters).as(input.kind() + ": dead-lettered exactly once").hasSize(1);
                letters.forEach(r -> {
                    softly.assertThat(header(r, DeadLetterRouting.REASON_HEADER)).as(input.kind()).isEqualTo(input.reason());
                    softly.assertThat(header(r, DeadLetterRouting.DETAIL_HEADER)).as(input.kind()).isNotBlank();
                    softly.assertThat(header(r, DeadLetterRouting.ORIGIN_HEADER)).as(input.kind())
                            .startsWith(input.topic().topicName() + "-");
                });
            }
            assertProcessedOnce(softly, deadlines, valid);
            softly.assertAll();
        }
    }

    @Test
    void overHttpEachHostileEventIsRefusedNamingItsFieldAndRuleWithTheDeadLetterReasonAndEveryValidOneIsTakenOnce() {
        String run = "hh-" + UUID.randomUUID();
        List<Input> corpus = HostileInputs.corpus(run);
        List<String> valid = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        try (TopicProbe items = TopicProbe.of(Topic.ITEMS.topicName());
             TopicProbe requests = TopicProbe.of(Topic.REQUESTS.topicName());
             TopicProbe itemLetters = TopicProbe.of(Topic.ITEMS.deadLetterTopicName());
             TopicProbe deadlines = TopicProbe.of(Topic.DEADLINES.topicName())) {
            for (Input input : corpus) {
                if (input.http() == OnHttp.NO_HTTP_FORM) {
                    continue;
                }
                if (!input.before().isEmpty()) {
                    sendBefore(input);
                }
                ApiClient.Response response = post(input.value());
                if (input.http() == OnHttp.REFUSED) {
                    assertRefused(softly, input, response);
                } else {
                    softly.assertThat(response.status()).as(input.kind() + ": " + response.body()).isEqualTo(202);
                }
                valid.add(sendValid(run, valid.size(), v -> softly.assertThat(post(v.bytes).status()).isEqualTo(202)));
            }

            for (Input input : corpus.stream().filter(i -> i.http() == OnHttp.ACCEPTED_THEN_DEAD_LETTERED).toList()) {
                softly.assertThat(header(itemLetters.awaitKey(input.key(), 1).getFirst(), DeadLetterRouting.REASON_HEADER))
                        .as(input.kind() + ": the same answer as over Kafka, later").isEqualTo(input.reason());
            }
            assertProcessedOnce(softly, deadlines, valid);
            Set<String> refused = corpus.stream().filter(i -> i.http() == OnHttp.REFUSED).map(Input::key)
                    .collect(Collectors.toSet());
            Predicate<ConsumerRecord<String, byte[]>> ofRefused = r -> refused.contains(r.key());
            softly.assertThat(items.settle(ofRefused, Duration.ZERO)).as("nothing refused was produced").isEmpty();
            softly.assertThat(requests.settle(r -> refused.contains(r.key()) && !isBefore(corpus, r), Duration.ZERO))
                    .as("nothing refused was produced").isEmpty();
        }
        softly.assertAll();
    }

    private void assertRefused(SoftAssertions softly, Input input, ApiClient.Response response) {
        softly.assertThat(response.status()).as(input.kind() + ": " + response.body()).isEqualTo(400);
        if (response.status() != 400) {
            return;
        }
        softly.assertThat(response.contentType()).as(input.kind()).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        softly.assertThat(error.get("reason").asString()).as(input.kind() + ": reason " + error).isEqualTo(input.reason());
        softly.assertThat(error.get("field").asString()).as(input.kind() + ": field " + error).isEqualTo(input.field());
        softly.assertThat(error.get("rule").asString()).as(input.kind() + ": rule " + error).isEqualTo(input.rule());
        softly.assertThat(error.get("message").asString()).as(input.kind()).isNotBlank();
    }

    /** A request's earlier events, accepted and stored before the event that does not fit them. */
    private void sendBefore(Input input) {
        String batch = input.before().stream().map(String::new).collect(Collectors.joining(",", "[", "]"));
        ApiClient.Response accepted = api.post("/api/events", "application/cloudevents-batch+json", batch, LocalUser.INGEST);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        await().atMost(TopicProbe.PATIENCE).until(() -> jdbc.queryForObject(
                "select count(*) from request_event where request_id = ?", Long.class, input.key()) == input.before().size());
    }

    private static boolean isBefore(List<Input> corpus, ConsumerRecord<String, byte[]> record) {
        return corpus.stream().anyMatch(i -> i.key().equals(record.key()) && i.before().stream()
                .anyMatch(b -> new String(b).equals(value(record))));
    }

    private ApiClient.Response post(byte[] body) {
        return api.post("/api/events", "application/cloudevents+json", body, LocalUser.INGEST);
    }

    /** A valid item event of an item of its own, sent by {@code door}; returns the itemId. */
    private static String sendValid(String run, int n, java.util.function.Consumer<Valid> door) {
        String itemId = run + "-valid-" + n;
        door.accept(new Valid(itemId, ExampleEvent.of("disclosure.item.created").forItem(itemId).bytes()));
        return itemId;
    }

    private record Valid(String key, byte[] bytes) {
    }

    private void assertProcessedOnce(SoftAssertions softly, TopicProbe deadlines, List<String> valid) {
        valid.forEach(itemId -> deadlines.awaitKey(itemId, 1));
        Set<String> ids = Set.copyOf(valid);
        List<ConsumerRecord<String, byte[]>> events = deadlines.settle(r -> ids.contains(r.key()), QUIET);
        for (String itemId : valid) {
            softly.assertThat(events.stream().filter(r -> itemId.equals(r.key())).map(TopicProbe::value))
                    .as(itemId + ": one deadline.opened").singleElement().asString().contains("disclosure.deadline.opened");
            softly.assertThat(jdbc.queryForObject("select count(*) from obligation where item_id = ?", Long.class, itemId))
                    .as(itemId + ": one obligation").isOne();
        }
    }
}
