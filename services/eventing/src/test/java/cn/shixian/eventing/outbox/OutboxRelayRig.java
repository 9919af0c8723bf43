package cn.shixian.eventing.outbox;

import cn.shixian.testsupport.SharedInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * An outbox and its running relay for the relay harness (outside this package): a schema of its own,
 * the test broker, and the producer settings of {@code shixian-eventing.yml} (acks=all, idempotent, lz4,
 * 256 KiB batches), so the relay sends as a service's does.
 */
public final class OutboxRelayRig {

    private final OutboxRig rig;
    private final DefaultKafkaProducerFactory<String, byte[]> producers;
    private final OutboxRelay relay;

    public OutboxRelayRig(String prefix, int batchSize) {
        rig = new OutboxRig(prefix);
        producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new StringSerializer(), new ByteArraySerializer());
        relay = new OutboxRelay(rig.jdbc, rig.transaction, new KafkaTemplate<>(producers), rig.signal,
                new OutboxSettings(batchSize, Duration.ofMillis(100), Duration.ofSeconds(30)), new SimpleMeterRegistry());
    }

    /** One writing transaction: one outbox row. */
    public void write(List<OutboxRecord> records) {
        rig.write(records);
    }

    public void start() {
        relay.start();
    }

    /** Polls (every 10 ms) until no outbox row is left. */
    public void awaitEmpty() throws InterruptedException {
        while (Boolean.TRUE.equals(rig.jdbc.queryForObject("select exists (select 1 from outbox)", Boolean.class))) {
            Thread.sleep(10);
        }
    }

    /** The outbox's disk use (table, toast and index) and the dead tuples vacuum has still to clear. */
    public record Space(long bytes, long deadTuples, long toastDeadTuples, long autovacuums, long toastAutovacuums) {
    }

    public Space space() {
        return rig.jdbc.queryForObject("""
                select pg_total_relation_size(c.oid), coalesce(m.n_dead_tup, 0), coalesce(t.n_dead_tup, 0),
                       coalesce(m.autovacuum_count, 0), coalesce(t.autovacuum_count, 0)
                from pg_class c
                left join pg_stat_all_tables m on m.relid = c.oid
                left join pg_stat_all_tables t on t.relid = c.reltoastrelid
                where c.oid = 'outbox'::regclass""",
                (rs, i) -> new Space(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
    }

    public void stop() {
        relay.stop();
        producers.destroy();
    }
}
