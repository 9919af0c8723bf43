package cn.shixian.deadline.requestintake;

import static cn.shixian.deadline.requestintake.RawRequestEvents.answered;
import static cn.shixian.deadline.requestintake.RawRequestEvents.bytes;
import static cn.shixian.deadline.requestintake.RawRequestEvents.consultationEnded;
import static cn.shixian.deadline.requestintake.RawRequestEvents.consultationStarted;
import static cn.shixian.deadline.requestintake.RawRequestEvents.corrected;
import static cn.shixian.deadline.requestintake.RawRequestEvents.correctionRequested;
import static cn.shixian.deadline.requestintake.RawRequestEvents.extended;
import static cn.shixian.deadline.requestintake.RawRequestEvents.received;
import static cn.shixian.deadline.requestintake.RawRequestEvents.withdrawn;
import static cn.shixian.testsupport.TopicProbe.header;
import static cn.shixian.testsupport.TopicProbe.value;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.Topic;
import cn.shixian.deadline.DeadlineServiceApplication;
import cn.shixian.eventing.DeadLetterRouting;
import cn.shixian.testsupport.TopicProbe;
import cn.shixian.testsupport.WithRealInfrastructure;
import java.time.Duration;
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

/** Request events in as raw bytes through a real broker, request deadline events out through the outbox. */
@SpringBootTest(properties = {"spring.config.name=" + DeadlineServiceApplication.CONFIG_NAME,
        "shixian.outbox.poll-interval=100ms"})
@WithRealInfrastructure
class RequestFlowIntegrationTest {

    private static TopicProbe deadlines;
    private static TopicProbe deadLetters;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void probes() {
        deadlines = TopicProbe.of(Topic.DEADLINES.topicName());
        deadLetters = TopicProbe.of(Topic.REQUESTS.deadLetterTopicName());
    }

    @AfterAll
    static void everyRequestDeadlineEventMeetsItsSchemaThenCloseProbes() {
        EventCodec codec = new EventCodec();
        try {
            List<ConsumerRecord<String, byte[]>> emitted = deadlines.settle(
                    r -> r.key() != null && r.key().startsWith("ysq-"), Duration.ofMillis(200));
            assertThat(emitted).isNotEmpty().allSatisfy(r -> assertThat(codec.decode(r.value()).type().type())
                    .startsWith("disclosure.request.deadline."));
        } finally {
            deadlines.close();
            deadLetters.close();
        }
    }

    @Test
    void aRequestIsDueByTheRulesThroughCorrectionConsultationAndExtension() {
        String id = request();
        send(id, received(id, "2025-09-26"));
        send(id, correctionRequested(id, "2025-09-30"));
        send(id, corrected(id, "2025-10-15"));
        send(id, consultationStarted(id, "2025-10-20"));
        send(id, consultationEnded(id, "2025-10-24"));
        send(id, extended(id, "2025-11-10", 10));
        send(id, answered(id, "2025-11-20", "PARTLY_DISCLOSED"));

        List<String> out = deadlines.awaitKey(id, 7).stream().map(TopicProbe::value).toList();
        assertThat(out.get(0)).contains("disclosure.request.deadline.opened", "\"dueOn\":\"2025-10-30\"",
                "\"dueAt\":\"2025-10-31T00:00:00+08:00\"");
        assertThat(out.get(1)).contains("disclosure.request.deadline.paused", "\"cause\":\"CORRECTION_REQUESTED\"",
                "\"resumeBy\":\"2025-10-28\"");
        assertThat(out.get(2)).contains("disclosure.request.deadline.recomputed", "\"cause\":\"CORRECTED\"",
                "\"startedOn\":\"2025-10-15\"", "\"dueOn\":\"2025-11-12\"");
        assertThat(out.get(3)).contains("\"cause\":\"CONSULTATION_STARTED\"");
        assertThat(out.get(4)).contains("\"cause\":\"CONSULTATION_ENDED\"", "\"dueOn\":\"2025-11-18\"");
        assertThat(out.get(5)).contains("\"cause\":\"EXTENDED\"", "\"dueOn\":\"2025-12-02\"", "\"workingDays\":34");
        assertThat(out.get(6)).contains("disclosure.request.deadline.met", "\"late\":false",
                "\"outcome\":\"PARTLY_DISCLOSED\"");
        assertThat(standing(id)).containsEntry("state", "ANSWERED_ON_TIME").containsEntry("outcome", "PARTLY_DISCLOSED");
    }

    @Test
    void refusedEventsLandOnTheDeadLetterTopicWithTheirReasonWhileTheRestGoesThrough() {
        String id = request();
        String never = request();
        send(never, answered(never, "2025-10-10", "DISCLOSED"));                 // unknown request
        send(id, received(id, "2025-09-26"));
        send(id, extended(id, "2025-10-20", 15));
        send(id, extended(id, "2025-10-21", 6));                                 // 21 in total
        send(id, correctionRequested(id, "2025-09-20"));                         // before receipt
        kafka.send(Topic.REQUESTS.topicName(), id, bytes("not json"));
        send(id, withdrawn(id, "2025-10-22"));

        List<String> out = deadlines.awaitKey(id, 3).stream().map(TopicProbe::value).toList();
        assertThat(out.get(2)).contains("disclosure.request.deadline.cancelled", "\"cause\":\"WITHDRAWN\"");
        List<ConsumerRecord<String, byte[]>> dead = deadLetters.awaitKey(id, 3);
        assertThat(dead).extracting(r -> header(r, DeadLetterRouting.REASON_HEADER))
                .containsExactlyInAnyOrder("extension-over-limit", "before-receipt", "not-json");
        assertThat(dead).allSatisfy(r -> assertThat(header(r, DeadLetterRouting.ORIGIN_HEADER))
                .matches("disclosure\\.requests-\\d+@\\d+"));
        assertThat(dead).extracting(TopicProbe::value).anySatisfy(v -> assertThat(v).contains("\"workingDays\":6"));
        assertThat(header(deadLetters.awaitKey(never, 1).getFirst(), DeadLetterRouting.REASON_HEADER))
                .isEqualTo("unknown-request");
    }

    @Test
    void aRedeliveredEventIsTakenOnce() {
        String id = request();
        String receipt = received(id, "2025-09-26");
        send(id, receipt);
        send(id, receipt);
        String marker = request();
        send(marker, received(marker, "2025-09-26"));

        deadlines.awaitKey(marker, 1);
        assertThat(deadlines.settle(r -> id.equals(r.key()), Duration.ofMillis(500))).hasSize(1);
        assertThat(deadLetters.settle(r -> id.equals(r.key()), Duration.ofMillis(200))).isEmpty();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from request_event where request_id = ?").param(id).query(Long.class).single() == 1);
    }

    private static String request() {
        return "ysq-" + UUID.randomUUID();
    }

    private void send(String key, String json) {
        kafka.send(Topic.REQUESTS.topicName(), key, bytes(json));
    }

    private Map<String, Object> standing(String id) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from request where request_id = ?").param(id).query(Long.class).single() == 1);
        return jdbc.sql("select state, outcome from request where request_id = ?").param(id).query().singleRow();
    }
}
