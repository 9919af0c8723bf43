package cn.shixian.eventing.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.ItemRetired;
import cn.shixian.contracts.Topic;
import cn.shixian.eventing.TestTopics;
import cn.shixian.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * The outbox relay against a real PostgreSQL and the in-process KRaft broker: order per item, one
 * relay per schema, and a crash between the broker's ack and the delete.
 */
class OutboxRelayTest {

    private static final EventCodec CODEC = new EventCodec();

    private final String item = "relay-" + UUID.randomUUID();
    private final List<OutboxRelay> started = new ArrayList<>();
    private TopicProbe items;

    @BeforeEach
    void probe() {
        items = TopicProbe.of(Topic.ITEMS.topicName());
    }

    @AfterEach
    void stop() {
        started.forEach(OutboxRelay::stop);
        items.close();
    }

    @Test
    void appendWritesOneRowPerTransactionStampedByTheClock() {
        OutboxRig rig = new OutboxRig("outbox_append");
        rig.write(List.of(rig.retired(item, "1"), rig.retired(item, "2"), rig.retired(item, "3")));

        assertThat(rig.jdbc.queryForObject("select count(*) from outbox", Long.class)).isEqualTo(1);
        assertThat(rig.outbox.pending()).isEqualTo(3);
        assertThat(rig.jdbc.queryForObject("select created_at from outbox", Timestamp.class).toInstant())
                .isEqualTo(OutboxRig.NOW);
    }

    @Test
    void aRoundSendsWholeRowsOfAboutTheBatchSizeAndAlwaysTheFirst() {
        OutboxRig rig = new OutboxRig("outbox_rounds");
        rig.write(List.of(rig.retired(item, "1"), rig.retired(item, "2")));
        rig.write(List.of(rig.retired(item, "3"), rig.retired(item, "4")));
        rig.write(List.of(rig.retired(item, "5"), rig.retired(item, "6"), rig.retired(item, "7"),
                rig.retired(item, "8"), rig.retired(item, "9")));
        OutboxRelay relay = rig.relay(3, OutboxRig.kafka());

        assertThat(relay.relayOnce()).as("the second row does not fit beside the first").isEqualTo(2);
        assertThat(relay.relayOnce()).isEqualTo(2);
        assertThat(relay.relayOnce()).as("a row larger than a batch leaves whole").isEqualTo(5);
        assertThat(relay.relayOnce()).isZero();
        assertThat(reasons(items.awaitKey(item, 9))).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    @Test
    void oneItemsEventsLeaveInTheOrderTheyWereWritten() {
        OutboxRig rig = new OutboxRig("outbox_order");
        String other = item + "-other";
        OutboxRelay relay = rig.relay(3, OutboxRig.kafka());
        relay.start();
        started.add(relay);
        // rows of one, two and five records, interleaving two items, written while the relay runs
        rig.write(List.of(rig.retired(item, "1"), rig.retired(other, "1")));
        rig.write(List.of(rig.retired(item, "2")));
        rig.write(List.of(rig.retired(other, "2"), rig.retired(item, "3"), rig.retired(other, "3"),
                rig.retired(item, "4"), rig.retired(other, "4")));
        for (int i = 5; i <= 20; i++) {
            rig.write(List.of(rig.retired(item, String.valueOf(i))));
        }

        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            expected.add(String.valueOf(i));
        }
        assertThat(reasons(items.awaitKey(item, 20))).containsExactlyElementsOf(expected);
        assertThat(reasons(items.awaitKey(other, 4))).containsExactly("1", "2", "3", "4");
        await().atMost(TopicProbe.PATIENCE).until(() -> rig.outbox.pending() == 0);
    }

    @Test
    void aSecondRelayOnTheSchemaSendsNothingWhileTheFirstHoldsTheLockAndTakesOverWhenItStops() throws Exception {
        OutboxRig rig = new OutboxRig("outbox_lock");
        List<OutboxRecord> written = rig.write(List.of(rig.retired(item, "1"), rig.retired(item, "2")));
        StalledTemplate firstKafka = new StalledTemplate();
        CountingTemplate secondKafka = new CountingTemplate();
        OutboxRelay first = rig.relay(10, firstKafka);
        OutboxRelay second = rig.relay(10, secondKafka, rig.jdbc, new OutboxSignal());

        CompletableFuture<Integer> firstRound = CompletableFuture.supplyAsync(first::relayOnce);
        assertThat(firstKafka.sending.await(30, TimeUnit.SECONDS)).as("the first relay is sending").isTrue();
        assertThat(advisoryLocks(rig)).as("held in PostgreSQL").isEqualTo(1);

        assertThat(second.relayOnce()).isZero();
        assertThat(secondKafka.sent).hasValue(0);

        // the first instance goes away mid-round: its transaction rolls back, the lock with it
        firstKafka.stop.countDown();
        assertThatThrownBy(firstRound::join).hasRootCauseInstanceOf(KafkaException.class);
        assertThat(rig.outbox.pending()).as("nothing deleted").isEqualTo(2);

        assertThat(second.relayOnce()).isEqualTo(2);
        assertThat(secondKafka.sent).hasValue(2);
        assertThat(received(items.awaitKey(item, 2))).containsExactlyElementsOf(written(written));
        assertThat(rig.outbox.pending()).isZero();
    }

    @Test
    void twoRunningRelaysNeverBothSendARecord() {
        OutboxRig rig = new OutboxRig("outbox_two");
        CountingTemplate firstKafka = new CountingTemplate();
        CountingTemplate secondKafka = new CountingTemplate();
        OutboxRelay first = rig.relay(5, firstKafka);
        OutboxRelay second = rig.relay(5, secondKafka, rig.jdbc, new OutboxSignal());
        first.start();
        started.add(first);
        second.start();
        started.add(second);

        for (int i = 1; i <= 40; i++) {
            rig.write(List.of(rig.retired(item, i + "a"), rig.retired(item, i + "b")));
        }
        await().atMost(TopicProbe.PATIENCE).until(() -> rig.outbox.pending() == 0);
        first.stop();
        for (int i = 41; i <= 45; i++) {
            rig.write(List.of(rig.retired(item, i + "a"), rig.retired(item, i + "b")));
        }

        List<ConsumerRecord<String, byte[]>> all = items.awaitKey(item, 90);
        assertThat(ids(all)).as("each record once").doesNotHaveDuplicates().hasSize(90);
        assertThat(firstKafka.sent.get() + secondKafka.sent.get()).isEqualTo(90);
        assertThat(secondKafka.sent.get()).isGreaterThanOrEqualTo(10);
        assertThat(reasons(all).subList(80, 90)).as("the second took over, in order")
                .containsExactly("41a", "41b", "42a", "42b", "43a", "43b", "44a", "44b", "45a", "45b");
    }

    @Test
    void aCrashBetweenTheAckAndTheDeleteSendsTheRecordsAgainWithTheSameIdsAndLosesNone() {
        OutboxRig rig = new OutboxRig("outbox_crash");
        List<OutboxRecord> written = rig.write(List.of(rig.retired(item, "1"), rig.retired(item, "2")));
        CrashBeforeDelete jdbc = new CrashBeforeDelete(rig.jdbc);
        OutboxRelay relay = rig.relay(10, OutboxRig.kafka(), jdbc);

        assertThatThrownBy(relay::relayOnce).isInstanceOf(DataAccessResourceFailureException.class);
        List<String> firstIds = ids(items.awaitKey(item, 2));
        assertThat(rig.outbox.pending()).as("acknowledged but not deleted").isEqualTo(2);

        assertThat(relay.relayOnce()).isEqualTo(2);
        List<ConsumerRecord<String, byte[]>> all = items.awaitKey(item, 4);
        assertThat(ids(all)).containsExactly(firstIds.get(0), firstIds.get(1), firstIds.get(0), firstIds.get(1));
        assertThat(received(all.subList(2, 4))).as("the same records, byte for byte")
                .containsExactlyElementsOf(written(written));
        assertThat(rig.outbox.pending()).isZero();
    }

    private static long advisoryLocks(OutboxRig rig) {
        return rig.jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory'"
                + " and objid = hashtext('shixian-outbox:' || ?)::oid", Long.class, rig.schema.name());
    }

    private static List<String> reasons(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> ((ItemRetired) CODEC.decode(r.value()).data()).reason()).toList();
    }

    private static List<String> ids(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> CODEC.decode(r.value())).map(CloudEvent::id).toList();
    }

    private static List<String> received(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(TopicProbe::value).toList();
    }

    private static List<String> written(List<OutboxRecord> records) {
        return records.stream().map(r -> new String(r.payload(), StandardCharsets.UTF_8)).toList();
    }

    /** Counts what a relay sends. */
    private static class CountingTemplate extends KafkaTemplate<String, byte[]> {

        final AtomicInteger sent = new AtomicInteger();

        CountingTemplate() {
            super(TestTopics.producers());
        }

        @Override
        public CompletableFuture<SendResult<String, byte[]>> send(ProducerRecord<String, byte[]> record) {
            sent.incrementAndGet();
            return super.send(record);
        }
    }

    /** An instance that stalls in its first send until told to stop, then fails: it never sends. */
    private static final class StalledTemplate extends KafkaTemplate<String, byte[]> {

        final CountDownLatch sending = new CountDownLatch(1);
        final CountDownLatch stop = new CountDownLatch(1);

        StalledTemplate() {
            super(TestTopics.producers());
        }

        @Override
        public CompletableFuture<SendResult<String, byte[]>> send(ProducerRecord<String, byte[]> record) {
            sending.countDown();
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new KafkaException("the instance stopped");
        }
    }

    /** The process dies once after the broker acknowledged a round, before the rows are deleted. */
    private static final class CrashBeforeDelete extends JdbcTemplate {

        private final AtomicBoolean crashed = new AtomicBoolean();

        CrashBeforeDelete(JdbcTemplate jdbc) {
            super(jdbc.getDataSource());
        }

        @Override
        public int update(String sql, Object... args) {
            if (sql.startsWith("delete from outbox") && crashed.compareAndSet(false, true)) {
                throw new DataAccessResourceFailureException("crashed after the acks, before the delete");
            }
            return super.update(sql, args);
        }
    }
}
