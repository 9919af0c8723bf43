package cn.shixian.eventing.outbox;

import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.ItemRetired;
import cn.shixian.eventing.ScratchSchema;
import cn.shixian.eventing.TestTopics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A service's outbox wired as {@link OutboxConfiguration} wires it, on a schema of its own and the
 * shared test broker, with a fixed clock: relays are made by the test, with the Kafka and JDBC
 * templates it wants to break.
 */
final class OutboxRig {

    static final Instant NOW = Instant.parse("2025-09-24T04:30:00Z");

    final ScratchSchema schema;
    final JdbcTemplate jdbc;
    final TransactionTemplate transaction;
    final OutboxSignal signal = new OutboxSignal();
    final Outbox outbox;
    final OutgoingEvents outgoing = new OutgoingEvents(new EventCodec(), Clock.fixed(NOW, ZoneOffset.UTC), "eventing-test");

    OutboxRig(String prefix) {
        TestTopics.createShixianTopics();
        schema = new ScratchSchema(prefix).withOutbox();
        jdbc = schema.jdbc();
        transaction = new TransactionTemplate(new DataSourceTransactionManager(schema.dataSource()));
        outbox = new Outbox(jdbc, Clock.fixed(NOW, ZoneOffset.UTC), signal);
    }

    /** One writing transaction: one outbox row holding these records. */
    List<OutboxRecord> write(List<OutboxRecord> records) {
        transaction.executeWithoutResult(status -> outbox.append(records));
        return records;
    }

    /** A record of {@code disclosure.items} for {@code itemId}, its order told by {@code reason}. */
    OutboxRecord retired(String itemId, String reason) {
        return outgoing.records(List.of(new ItemRetired(itemId,
                OffsetDateTime.ofInstant(NOW, ZoneOffset.ofHours(8)), reason))).getFirst();
    }

    OutboxRelay relay(int batchSize, KafkaTemplate<String, byte[]> kafka) {
        return relay(batchSize, kafka, jdbc);
    }

    OutboxRelay relay(int batchSize, KafkaTemplate<String, byte[]> kafka, JdbcTemplate relayJdbc) {
        return relay(batchSize, kafka, relayJdbc, signal);
    }

    /** A relay of another instance of the service: its own signal, the same schema. */
    OutboxRelay relay(int batchSize, KafkaTemplate<String, byte[]> kafka, JdbcTemplate relayJdbc,
                      OutboxSignal relaySignal) {
        return new OutboxRelay(relayJdbc, transaction, kafka, relaySignal,
                new OutboxSettings(batchSize, Duration.ofMillis(100), Duration.ofSeconds(10)), new SimpleMeterRegistry());
    }

    static KafkaTemplate<String, byte[]> kafka() {
        return new KafkaTemplate<>(TestTopics.producers());
    }
}
