package cn.shixian.deadline.load;

import cn.shixian.deadline.DeadlineSchema;
import cn.shixian.deadline.DeadlineServiceApplication;
import cn.shixian.testsupport.RealInfrastructure;
import cn.shixian.testsupport.RealInfrastructureInitializer;
import cn.shixian.testsupport.SharedInfrastructure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load harness (not a test): fills an intake topic with a province-sized burst, then starts the
 * deadline-service and measures how fast events become committed state and relayed deadline
 * events, with broker, database and service on this machine. Prints its figures.
 * <pre>./mvnw -q -pl services/deadline-service -am -Pload verify -DskipTests -Dload.events=200000 -Dload.warmup=600000</pre>
 * {@code -Dload.kind=items} (the default): {@code disclosure.items}, items × (created + published),
 * see {@link ItemBurst}; {@code -Dload.history=N} first fills the schema with N items of history
 * (see {@link History}). {@code -Dload.kind=requests}: {@code disclosure.requests}, requests ×
 * (received + correction / consultation / extension + answered), see {@link RequestBurst}.
 */
public final class IntakeLoadHarness {

    public static void main(String[] args) {
        try {
            run();
            System.exit(0);
        } catch (Exception | Error e) {
            // the in-process broker's threads would keep the JVM (and the build) waiting forever
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        long measured = Long.getLong("load.events", 200_000);
        long warmUp = Long.getLong("load.warmup", 600_000);
        int history = Integer.getInteger("load.history", 0);
        String kind = System.getProperty("load.kind", "items");
        String run = UUID.randomUUID().toString().substring(0, 8);
        Burst burst = switch (kind) {
            case "items" -> new ItemBurst(warmUp + measured, run);
            case "requests" -> new RequestBurst(warmUp + measured, run);
            default -> throw new IllegalArgumentException("load.kind is items or requests, not " + kind);
        };
        long produced = produce(burst);
        System.out.printf("produced %s in %.1f s%n", burst.describe(), produced / 1e9);
        String schema = new DeadlineSchema("load").migrateTo("latest").name();
        if (history > 0) {
            long start = System.nanoTime();
            RealInfrastructure db = SharedInfrastructure.get();
            new History(db.jdbcUrl(), db.username(), db.password()).fill(schema, history);
            System.out.printf("history of %,d items written and vacuumed in %.1f s%n", history,
                    (System.nanoTime() - start) / 1e9);
        }
        try (ConfigurableApplicationContext service = start(run, schema)) {
            measure(service, schema, burst, Math.min(warmUp, burst.events()));
        }
    }

    private static long produce(Burst burst) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.get().kafkaBootstrapServers()))) {
            // as the services declare it: 6 partitions, so the burst spreads over the consumers
            admin.createTopics(List.of(new NewTopic(burst.topic().topicName(), 6, (short) 1))).all().get();
        }
        long start = System.nanoTime();
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            List<Future<?>> acks = new ArrayList<>();
            burst.produce(Burst.to(producer, burst.topic(), acks));
            producer.flush();
            for (Future<?> ack : acks) {
                ack.get();
            }
        }
        return System.nanoTime() - start;
    }

    private static ConfigurableApplicationContext start(String run, String schema) {
        return DeadlineServiceApplication.application()
                .initializers(new RealInfrastructureInitializer())
                .run("--server.port=0", "--spring.kafka.consumer.group-id=load-" + run,
                        "--spring.datasource.hikari.schema=" + schema, "--spring.flyway.schemas=" + schema,
                        "--spring.flyway.default-schema=" + schema, "--spring.datasource.hikari.maximum-pool-size=6",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off");
    }

    /**
     * Lets the first {@code warmUp} events pass (a cold JVM spends more on compiling than on the
     * events), then measures the rest: sustained throughput. Waits on the service's own counters (no
     * polling queries on the database being measured), then checks the tables. CPU per event is
     * reported for this JVM (service and broker) and PostgreSQL: steadier than events/s on a
     * machine whose neighbours vary.
     */
    private static void measure(ConfigurableApplicationContext service, String schema, Burst burst, long warmUp)
            throws InterruptedException {
        MeterRegistry meters = service.getBean(MeterRegistry.class);
        CpuClock cpu = new CpuClock();
        long total = burst.events();
        awaitCount(meters, burst.consumedCounter(), warmUp, "warm-up");
        JdbcClient jdbc = service.getBean(JdbcClient.class);
        long checkpointsBefore = checkpoints(jdbc);
        Map<String, Long> maintenanceBefore = maintenance(jdbc, schema);
        Map<String, Long> seqScansBefore = seqScans(jdbc, schema);
        ActivitySampler sampler = Boolean.getBoolean("load.sample") ? new ActivitySampler(
                SharedInfrastructure.get().jdbcUrl(), SharedInfrastructure.get().username(),
                SharedInfrastructure.get().password()) : null;
        long first = System.nanoTime();
        CpuClock.Reading start = cpu.read();
        Map<String, Long> processesBefore = CpuClock.processTicks();
        long events = total - warmUp;
        awaitCount(meters, burst.consumedCounter(), total, "measured");
        long allConsumed = System.nanoTime();
        awaitCount(meters, "shixian.outbox.relayed", burst.deadlineEvents(), "relayed");
        long allRelayed = System.nanoTime();
        CpuClock.Reading end = cpu.read();
        if (sampler != null) {
            sampler.close();
        }
        Map<String, Long> seqScansAfter = seqScans(jdbc, schema);
        long checkpointsDuring = checkpoints(jdbc) - checkpointsBefore;
        Map<String, Long> maintenanceAfter = maintenance(jdbc, schema);
        long pending = Burst.count(jdbc, "select count(*) from " + schema + ".outbox");
        System.out.printf("after %,d events of warm-up: %,d events applied in %.1f s: %,.0f events/s%n", warmUp,
                events, (allConsumed - first) / 1e9, events / ((allConsumed - first) / 1e9));
        System.out.printf("and their deadline events relayed %.1f s after the first: %,.0f events/s end to end%n",
                (allRelayed - first) / 1e9, events / ((allRelayed - first) / 1e9));
        System.out.printf("CPU per event: %.0f µs in this JVM (service and broker; %.0f µs of it JIT compiling),"
                + " %.0f µs in PostgreSQL%n", (end.jvmNanos() - start.jvmNanos()) / 1e3 / events,
                (end.jitNanos() - start.jitNanos()) / 1e3 / events,
                (end.postgresNanos() - start.postgresNanos()) / 1e3 / events);
        // after a checkpoint the first change of each page writes the whole page to the WAL
        System.out.printf("PostgreSQL checkpoints during the measurement: %d%n", checkpointsDuring);
        System.out.println("autovacuum and autoanalyze runs during the measurement: " + maintenanceAfter.entrySet()
                .stream().filter(e -> e.getValue() > maintenanceBefore.getOrDefault(e.getKey(), 0L))
                .map(e -> e.getKey() + " " + (e.getValue() - maintenanceBefore.getOrDefault(e.getKey(), 0L))).toList());
        // a plan that turns to reading a whole table shows here
        System.out.println("rows read by sequential scans during the measurement: " + seqScansAfter.entrySet()
                .stream().filter(e -> e.getValue() > seqScansBefore.getOrDefault(e.getKey(), 0L))
                .map(e -> e.getKey() + " " + (e.getValue() - seqScansBefore.getOrDefault(e.getKey(), 0L))).toList());
        System.out.println("the machine meanwhile: " + end.machineSince(start) + "; other processes (of one core): "
                + CpuClock.othersBetween(processesBefore, CpuClock.processTicks(), allRelayed - first));
        System.out.printf("check: %s, %,.0f dead letters, %,d outbox rows left (history included)%n",
                burst.check(jdbc, schema), sum(meters, "shixian.dead.letters"), pending);
    }

    /**
     * Waits until the counter reaches {@code target}, printing the rate every 5 s; gives up when it
     * stands still for a minute (the service's warnings are above).
     */
    private static void awaitCount(MeterRegistry meters, String counter, long target, String phase)
            throws InterruptedException {
        long start = System.nanoTime();
        double from = sum(meters, counter);
        double last = from;
        long moved = start;
        long reported = start;
        for (double now = from; now < target; now = sum(meters, counter)) {
            long at = System.nanoTime();
            if (now != last) {
                last = now;
                moved = at;
            } else if (at - moved > 60_000_000_000L) {
                throw new IllegalStateException(counter + " stands at " + (long) now + " of " + target
                        + " for a minute: the service is stuck (its warnings are above)");
            }
            if (at - reported > 5_000_000_000L) {
                reported = at;
                System.out.printf("  %s %4.1f s: %,.0f events, %,.0f events/s so far%n", phase, (at - start) / 1e9,
                        now - from, (now - from) / ((at - start) / 1e9));
            }
            Thread.sleep(10);
        }
    }

    private static double sum(MeterRegistry meters, String counter) {
        return meters.find(counter).counters().stream().mapToDouble(Counter::count).sum();
    }

    /** Autovacuum + autoanalyze runs so far per table of the schema (toast tables named by their owner). */
    private static Map<String, Long> maintenance(JdbcClient jdbc, String schema) {
        Map<String, Long> runs = new TreeMap<>();
        jdbc.sql("""
                select coalesce(owner.relname || ' (toast)', s.relname), s.autovacuum_count + s.autoanalyze_count
                from pg_stat_all_tables s left join pg_class owner on owner.reltoastrelid = s.relid
                left join pg_namespace n on n.oid = owner.relnamespace
                where s.schemaname = :schema or (s.schemaname = 'pg_toast' and n.nspname = :schema)""")
                .param("schema", schema).query((rs, i) -> runs.put(rs.getString(1), rs.getLong(2))).list();
        return runs;
    }

    /** Rows read by sequential scans so far per table of the schema. */
    private static Map<String, Long> seqScans(JdbcClient jdbc, String schema) {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql("select relname, seq_tup_read from pg_stat_all_tables where schemaname = :schema")
                .param("schema", schema).query((rs, i) -> rows.put(rs.getString(1), rs.getLong(2))).list();
        return rows;
    }

    private static long checkpoints(JdbcClient jdbc) {
        return Burst.count(jdbc, "select num_timed + num_requested from pg_stat_checkpointer");
    }
}
