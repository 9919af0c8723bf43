package cn.shixian.eventing.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends outbox records to Kafka in id order and deletes them once the broker acknowledged all of
 * them (idempotent producer, acks=all). One relay at a time across all instances: a transaction
 * advisory lock, so records of one item never overtake each other. A crash between the ack and the
 * delete sends a batch again; consumers discard the repeats by CloudEvents id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxSignal signal;
    private final OutboxSettings settings;
    private final Counter relayed;
    private volatile Thread worker;

    OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transaction, KafkaTemplate<String, byte[]> kafka,
                OutboxSignal signal, OutboxSettings settings, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.kafka = kafka;
        this.signal = signal;
        this.settings = settings;
        this.relayed = Counter.builder("shixian.outbox.relayed").description("Outbox records sent to Kafka")
                .register(meters);
    }

    @Override
    public void start() {
        // assigned before it runs: the loop runs while it is the current worker
        Thread thread = Thread.ofPlatform().name("outbox-relay").daemon().unstarted(this::run);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread running = worker;
        worker = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(settings.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    @Override
    public int getPhase() {
        // a lower phase stops later: after the listener containers, so their last writes can still leave
        return Integer.MAX_VALUE - 1000;
    }

    private void run() {
        long failures = 0;
        while (worker == Thread.currentThread()) {
            try {
                int sent = relayOnce();
                failures = 0;
                if (sent < settings.batchSize()) {
                    signal.await(settings.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                failures++;
                LOG.warn("outbox relay failed ({} in a row), will retry: {}", failures, e.toString());
                if (!pause(Math.min(30_000, 250L << Math.min(failures, 7)))) {
                    return;
                }
            }
        }
    }

    /**
     * Relays one batch of about {@code batchSize} records (whole outbox rows, at least one); returns
     * how many records were sent (0 if another instance holds the relay).
     */
    public int relayOnce() {
        Integer sent = transaction.execute(status -> {
            // one lock per schema: the instances of one service share it, other services have their own
            Boolean leader = jdbc.queryForObject(
                    "select pg_try_advisory_xact_lock(hashtext('shixian-outbox:' || current_schema()))", Boolean.class);
            if (!Boolean.TRUE.equals(leader)) {
                return 0;
            }
            Long[] ids = nextRows();
            if (ids.length == 0) {
                return 0;
            }
            List<CompletableFuture<?>> acks = new ArrayList<>();
            // one result row per record, not per outbox row: the driver reads a bytea[] as one text value and
            // parses it char by char, which was 70 % of the relay's CPU (RelayLoadHarness, JFR); a bytea column
            // comes as bytes
            jdbc.query("""
                    select r.topic, r.record_key, r.payload, r.headers
                    from outbox o, unnest(o.topics, o.record_keys, o.payloads, o.headers) with ordinality
                         as r(topic, record_key, payload, headers, n)
                    where o.id = any(?) order by o.id, r.n""",
                    rs -> {
                        acks.add(kafka.send(record(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4))));
                    }, (Object) ids);
            kafka.flush();
            awaitAll(acks);
            jdbc.update("delete from outbox where id = any(?)", (Object) ids);
            return acks.size();
        });
        int count = sent == null ? 0 : sent;
        relayed.increment(count);
        return count;
    }

    /** The oldest rows holding together about {@code batchSize} records: always the first, however large. */
    private Long[] nextRows() {
        return jdbc.query("select id, cardinality(topics) from outbox order by id limit ?", rs -> {
            List<Long> ids = new ArrayList<>();
            int records = 0;
            // a prefix in id order: the first row that does not fit ends the batch
            while (rs.next() && (ids.isEmpty() || records + rs.getInt(2) <= settings.batchSize())) {
                ids.add(rs.getLong(1));
                records += rs.getInt(2);
            }
            return ids.toArray(Long[]::new);
        }, settings.batchSize());
    }

    private void awaitAll(List<CompletableFuture<?>> acks) {
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not acknowledge the outbox batch: " + e.getMessage(), e);
        }
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, byte[] payload, String headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload);
        OutboxHeaders.addTo(record.headers(), headers);
        return record;
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
