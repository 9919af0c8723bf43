package cn.shixian.deadline.intake;

import static cn.shixian.testsupport.TopicProbe.header;
import static cn.shixian.testsupport.TopicProbe.value;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.Topic;
import cn.shixian.deadline.DeadlineServiceApplication;
import cn.shixian.eventing.DeadLetterRouting;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.TopicProbe;
import cn.shixian.testsupport.WithRealInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/** Item events in through a real broker, deadline events out through the outbox, state in a real PostgreSQL. */
@SpringBootTest(properties = {
        "spring.config.name=" + DeadlineServiceApplication.CONFIG_NAME,
        "shixian.intake.held-publication-grace=2s",
        "shixian.intake.held-publication-sweep=500ms",
        "shixian.outbox.poll-interval=100ms"})
@WithRealInfrastructure
class DeadlineFlowIntegrationTest {

    private static TopicProbe deadlines;
    private static TopicProbe deadLetters;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void probes() {
        deadlines = TopicProbe.of(Topic.DEADLINES.topicName());
        deadLetters = TopicProbe.of(Topic.ITEMS.deadLetterTopicName());
    }

    @AfterAll
    static void everyDeadlineEventEmittedMeetsItsSchemaThenCloseProbes() {
        // the outbox encodes without validating (hot path): the consumers' codec must accept all of it
        EventCodec codec = new EventCodec();
        try {
            List<ConsumerRecord<String, byte[]>> emitted = deadlines.settle(
                    r -> r.key() != null && r.key().startsWith("it-"), Duration.ofMillis(200));
            assertThat(emitted).isNotEmpty().allSatisfy(r -> assertThat(codec.decode(r.value()).source())
                    .hasToString("urn:shixian:deadline-service"));
        } finally {
            deadlines.close();
            deadLetters.close();
        }
    }

    @Test
    void opensAnObligationDueOnTheTwentiethWorkingDayNationallyAndInXinjiang() {
        String national = item();
        String xinjiang = item();
        send(created(national).with("region", "110101").with("changedAt", "2025-09-24T10:30:00+08:00"));
        send(created(xinjiang).with("region", "654002").with("changedAt", "2025-03-20T09:00:00+08:00"));

        assertThat(value(deadlines.awaitKey(national, 1).getFirst()))
                .contains("\"type\":\"disclosure.deadline.opened\"", "\"dueOn\":\"2025-10-28\"",
                        "\"dueAt\":\"2025-10-29T00:00:00+08:00\"", "\"provisional\":false");
        assertThat(value(deadlines.awaitKey(xinjiang, 1).getFirst())).contains("\"dueOn\":\"2025-04-21\"");
        assertThat(state(national)).isEqualTo("OPEN");
    }

    @Test
    void theOpenedEventCarriesTheRevisionsCategoryAndTheItemKeepsItWithTheTimeLimitText() {
        String itemId = item();
        send(created(itemId).with("category", List.of("社会保险", "养老保险")).with("mode", "ON_REQUEST"));
        send(changed(itemId).with("version", 2).with("category", List.of("社会保险", "养老保险", "待遇领取资格认证")));

        assertThat(value(deadlines.awaitKey(itemId, 1).getFirst())).contains("\"type\":\"disclosure.deadline.opened\"",
                "\"version\":2", "\"category\":[\"社会保险\",\"养老保险\",\"待遇领取资格认证\"]");
        // in a later batch, so the retirement works on the item as loaded from its row
        send(ExampleEvent.of("disclosure.item.retired").forItem(itemId));
        deadlines.awaitKey(itemId, 2); // cancelled: the retirement is applied
        Map<String, Object> row = jdbc.sql("select array_to_string(category, '/') as category, time_limit_text, "
                + "retired_at is not null as retired from item where item_id = ?").param(itemId).query().singleRow();
        assertThat(row).as("the retirement keeps the revision's category and text")
                .containsEntry("category", "社会保险/养老保险/待遇领取资格认证")
                .containsEntry("time_limit_text", "10个工作日")
                .containsEntry("retired", true);
    }

    @Test
    void keepsAServiceGuidesProcessingLimitOnTheItemAndCountsOnlyItsPublicationDeadline() {
        String guide = item();
        // 即时办结 is how fast the service is served; read as a deadline it would be due the same day
        send(created(guide).with("region", "650000").with("processingLimit", "材料齐全的情况下，即时办结")
                .with("changedAt", "2025-09-24T10:30:00+08:00"));

        assertThat(value(deadlines.awaitKey(guide, 1).getFirst())).contains("\"type\":\"disclosure.deadline.opened\"",
                "\"workingDays\":20", "\"dueOn\":\"2025-10-28\"", "\"timeLimitKind\":\"WORKING_DAYS\"");
        assertThat(jdbc.sql("select processing_limit from item where item_id = ?").param(guide).query(String.class)
                .single()).isEqualTo("材料齐全的情况下，即时办结");
        assertThat(obligations(guide)).as("one obligation, for the publication; none for the service").isOne();

        send(changed(guide).with("region", "650000").with("version", 2).with("processingLimit", "7个工作日办结"));
        assertThat(value(deadlines.awaitKey(guide, 2).get(1))).contains("\"version\":2", "\"workingDays\":10");
        assertThat(jdbc.sql("select processing_limit from item where item_id = ?").param(guide).query(String.class)
                .single()).as("the latest revision's").isEqualTo("7个工作日办结");
        assertThat(obligations(guide)).isEqualTo(2);
    }

    @Test
    void readsTheTimeLimitTextAndFlagsTextItCannotRead() {
        String sevenDays = item();
        String unreadable = item();
        String calendarDays = item();
        String quarterly = item();
        String continuous = item();
        send(created(sevenDays).with("timeLimit", Map.of("text", "7个工作日办结")));
        send(created(unreadable).with("timeLimit", Map.of("text", "按规定更新")));
        send(created(calendarDays).with("timeLimit", Map.of("text", "自受理之日起60日内出具结论")));
        send(created(quarterly).with("timeLimit", Map.of("text", "每季度结束后15个工作日内")));
        send(created(continuous).with("timeLimit", Map.of("text", "长期公开")));
        String marker = item();
        send(created(marker));

        assertThat(value(deadlines.awaitKey(sevenDays, 1).getFirst()))
                .contains("\"workingDays\":7", "\"dueOn\":\"2025-10-10\"", "\"timeLimitUnparsed\":false",
                        "\"timeLimitKind\":\"WORKING_DAYS\"");
        assertThat(value(deadlines.awaitKey(unreadable, 1).getFirst()))
                .contains("\"workingDays\":20", "\"timeLimitUnparsed\":true");
        // changed 2025-09-24: day 60 is Sunday 11-23, so Monday 11-24 (民法典 arts. 201, 203)
        assertThat(value(deadlines.awaitKey(calendarDays, 1).getFirst()))
                .contains("\"workingDays\":60", "\"dueOn\":\"2025-11-24\"", "\"timeLimitKind\":\"CALENDAR_DAYS\"");
        assertThat(value(deadlines.awaitKey(quarterly, 1).getFirst()))
                .contains("\"dueOn\":\"2025-10-28\"", "\"timeLimitKind\":\"PERIODIC\"", "\"period\":\"2025-Q3\"");
        deadlines.awaitKey(marker, 1);
        assertThat(deadlines.settle(r -> continuous.equals(r.key()), Duration.ofMillis(500))).isEmpty();
        assertThat(obligations(continuous)).isZero();
    }

    @Test
    void takesADuplicateOnceAndIgnoresAStaleVersion() {
        String itemId = item();
        ExampleEvent v2 = changed(itemId).with("version", 2);
        send(v2);
        send(v2);
        send(created(itemId)); // version 1 after version 2: stale
        String marker = item();
        send(created(marker));

        deadlines.awaitKey(marker, 1);
        assertThat(deadlines.settle(r -> itemId.equals(r.key()), Duration.ofMillis(500))).hasSize(1);
        assertThat(obligations(itemId)).isEqualTo(1);
    }

    @Test
    void meetsObligationsOnTimeOrLateAndAppliesAPublicationThatCameFirst() {
        String onTime = item();
        String late = item();
        String early = item();
        send(created(onTime));
        send(published(onTime, 1, "2025-10-28T23:59:00+08:00"));
        send(created(late));
        send(published(late, 1, "2025-10-30T09:00:00+08:00"));
        send(published(early, 1, "2025-10-01T09:00:00+08:00"));
        send(created(early));

        assertThat(value(deadlines.awaitKey(onTime, 2).get(1))).contains("disclosure.deadline.met", "\"late\":false");
        assertThat(value(deadlines.awaitKey(late, 2).get(1)))
                .contains("disclosure.deadline.met", "\"late\":true", "\"workingDaysLate\":2");
        assertThat(value(deadlines.awaitKey(early, 2).get(1))).contains("disclosure.deadline.met", "\"late\":false");
        assertThat(held(early)).as("applied, so no longer held").isZero();
        assertThat(state(late)).isEqualTo("MET_LATE");
    }

    @Test
    void aPublicationOfAVersionStillToComeIsHeldUntilThatVersionArrives() {
        String itemId = item();
        send(created(itemId));
        send(published(itemId, 2, "2025-10-20T09:00:00+08:00"));
        deadlines.awaitKey(itemId, 2); // v1 opened and met by v2's publication (rule 5)
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> held(itemId) == 1);

        send(changed(itemId).with("version", 2));

        assertThat(value(deadlines.awaitKey(itemId, 4).get(3))).contains("disclosure.deadline.met", "\"version\":2");
        assertThat(held(itemId)).as("applied, so no longer held").isZero();
    }

    @Test
    void publishingAVersionMeetsEveryEarlierOneAndRetiringCancels() {
        String published = item();
        send(created(published));
        send(changed(published).with("version", 2));
        send(published(published, 2, "2025-10-01T09:00:00+08:00"));
        String retired = item();
        send(created(retired));
        send(ExampleEvent.of("disclosure.item.retired").forItem(retired));

        assertThat(deadlines.awaitKey(published, 4)).extracting(TopicProbe::value)
                .filteredOn(v -> v.contains("disclosure.deadline.met")).hasSize(2);
        assertThat(value(deadlines.awaitKey(retired, 2).get(1))).contains("disclosure.deadline.cancelled", "事项已合并");
    }

    @Test
    void deadLettersEveryKindOfBadInputWhileTheEventsAroundItGoThrough() {
        String key = item();
        kafka.send(Topic.ITEMS.topicName(), key, "this is not json".getBytes(StandardCharsets.UTF_8));
        send(created(key).with("version", 0));                                  // schema-invalid
        send(created(key).with("changedAt", "2025-02-30T10:00:00+08:00"));      // impossible date
        send(created(key).with("changedAt", "1999-12-01T10:00:00+08:00"));      // before the calendar
        send(ExampleEvent.of("disclosure.deadline.opened").forItem(key));       // wrong topic
        kafka.send(Topic.ITEMS.topicName(), key, ExampleEvent.of("disclosure.item.created").forItem(key).json()
                .toString().replace("disclosure.item.created", "disclosure.item.renamed")
                .getBytes(StandardCharsets.UTF_8));                            // unknown type
        String orphan = item();
        send(published(orphan, 1, "2025-10-01T09:00:00+08:00"));               // no item, ever
        send(created(key));

        deadlines.awaitKey(key, 1);
        List<ConsumerRecord<String, byte[]>> dead = deadLetters.awaitKey(key, 6);
        assertThat(dead).extracting(r -> header(r, DeadLetterRouting.REASON_HEADER)).containsExactlyInAnyOrder(
                "not-json", "schema-invalid", "impossible-date", "out-of-range", "wrong-topic", "unknown-type");
        assertThat(dead).allSatisfy(r -> assertThat(header(r, DeadLetterRouting.ORIGIN_HEADER))
                .matches("disclosure\\.items-\\d+@\\d+"));
        ConsumerRecord<String, byte[]> unknown = deadLetters.awaitKey(orphan, 1).getFirst();
        assertThat(header(unknown, DeadLetterRouting.REASON_HEADER)).isEqualTo("unknown-item");
        assertThat(obligations(key)).isEqualTo(1);
    }

    private void send(ExampleEvent event) {
        kafka.send(Topic.ITEMS.topicName(), event.json().get("subject").asString(), event.bytes());
    }

    private static String item() {
        return "it-" + UUID.randomUUID();
    }

    private static ExampleEvent created(String itemId) {
        return ExampleEvent.of("disclosure.item.created").forItem(itemId);
    }

    private static ExampleEvent changed(String itemId) {
        return ExampleEvent.of("disclosure.item.changed").forItem(itemId);
    }

    private static ExampleEvent published(String itemId, int version, String at) {
        return ExampleEvent.of("disclosure.item.published").forItem(itemId).with("version", version)
                .with("publishedAt", at);
    }

    private String state(String itemId) {
        return jdbc.sql("select state from obligation where item_id = ? order by version desc limit 1")
                .param(itemId).query(String.class).single();
    }

    private long held(String itemId) {
        return jdbc.sql("select count(*) from held_publication where item_id = ?").param(itemId).query(Long.class)
                .single();
    }

    private long obligations(String itemId) {
        return jdbc.sql("select count(*) from obligation where item_id = ?").param(itemId).query(Long.class).single();
    }
}
