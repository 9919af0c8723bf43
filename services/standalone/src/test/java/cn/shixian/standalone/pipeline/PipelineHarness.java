package cn.shixian.standalone.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The whole pipeline as people run it (issue 13), not a test: {@code ./shixian up --no-demo} on free
 * ports and a fresh data directory, an independent producer in a JVM of its own ({@link PipelineProducer},
 * {@link EventMix}'s created/changed/published burst), timed from the first record produced to the
 * last obligation applied in the alerting-service's read model; the deadline-service's own finish; a
 * plain kcat read of the same topic; CPU per event by process (and, inside the standalone JVM, by
 * thread group); heap and RSS; disk bytes per item and schema; then, paced at a steady rate, the
 * latency from each event's CloudEvents {@code time} to its read-model row's {@code updated_at}.
 * <pre>./mvnw -q -pl services/standalone -am -Ppipeline verify -DskipTests</pre>
 * Progress is watched on consumer-group offsets (the broker, no database query) and the read model is
 * counted only once both groups have caught up, at most once a second.
 */
public final class PipelineHarness {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin-local".getBytes());

    private final Path root = repositoryRoot();
    private final Path javaHome = Path.of(System.getProperty("java.home"));
    private final int created = Integer.getInteger("pipeline.created", 100_000);
    private final int changed = Integer.getInteger("pipeline.changed", 25_000);
    private final int published = Integer.getInteger("pipeline.published", 25_000);
    private final int latencyCreated = Integer.getInteger("pipeline.latency.created", 20_000);
    private final double latencyRate = Double.parseDouble(System.getProperty("pipeline.latency.rate", "1000"));
    private final long seed = Long.getLong("pipeline.seed", System.nanoTime());
    private final boolean keep = Boolean.getBoolean("pipeline.keep");
    private final int warmBursts = Integer.getInteger("pipeline.warm.bursts", 1);
    /** {@code -Dpipeline.fsync=false}: the launcher's {@code --no-fsync}, to measure what durability costs. */
    private final boolean fsync = Boolean.parseBoolean(System.getProperty("pipeline.fsync", "true"));
    /** {@code -Dpipeline.million=N}: the phase at N open obligations ({@link MillionPhase}); 0 skips it. */
    private final int million = Integer.getInteger("pipeline.million", 1_000_000);
    /** Of those N, how many arrive long overdue, for the sweep to escalate at N. */
    private final int millionOverdue = Integer.getInteger("pipeline.million.overdue", 5_000);

    private final int kafkaPort = freePort();
    private final int controllerPort = freePort();
    private final int postgresPort = freePort();
    private final int deadlinePort = freePort();
    private final int alertingPort = freePort();
    private final int workbenchPort = freePort();
    private Path dataDir;
    private Process system;
    private Admin admin;
    private Connection db;
    private int dbPolls;
    private long dbPollNanos;

    public static void main(String[] args) {
        quiet();
        int status = 0;
        PipelineHarness harness = new PipelineHarness();
        try {
            harness.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        } finally {
            harness.stop();
        }
        System.exit(status);
    }

    /** The Kafka clients' INFO lines would bury the figures. */
    static void quiet() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private void run() throws Exception {
        dataDir = Files.createTempDirectory("shixian-pipeline-");
        System.out.printf("pipeline harness: %,d created + %,d changed + %,d published, seed %d; data dir %s; PostgreSQL %s%n",
                created, changed, published, seed, dataDir, fsync ? "durable (fsync on)" : "--no-fsync");
        System.out.printf("ports: kafka %d, controller %d, postgres %d, deadline %d, alerting %d, workbench %d%n",
                kafkaPort, controllerPort, postgresPort, deadlinePort, alertingPort, workbenchPort);
        long startAsked = System.nanoTime();
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        List<String> up = new ArrayList<>(List.of(root.resolve("shixian").toString(), "up", "--no-demo", "--data-dir", dataDir.toString(),
                "--kafka-port", "" + kafkaPort, "--kafka-controller-port", "" + controllerPort,
                "--postgres-port", "" + postgresPort, "--deadline-port", "" + deadlinePort,
                "--alerting-port", "" + alertingPort, "--workbench-port", "" + workbenchPort));
        if (!fsync) {
            up.add("--no-fsync");
        }
        system = new ProcessBuilder(up)
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        System.out.println("./shixian up (pid " + system.pid() + ") logs to " + log);
        awaitUp(log);
        System.out.printf("system up in %.1f s%n", (System.nanoTime() - startAsked) / 1e9);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()));
        awaitGroupsStable();
        db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort + "/shixian", "postgres", "postgres");
        long postmaster = postmasterPid();
        long jvm = system.pid();
        Path jcmd = javaHome.resolve("bin/jcmd");

        // what the idle system costs a second (sweeps, gauges, heartbeats): the tail after the last row;
        // measured after the start-up's own compiling has settled
        Thread.sleep(10_000);
        List<ThreadCpu.Sample> idleBefore = ThreadCpu.dump(jcmd, jvm);
        long idleJvm0 = ProcCpu.selfNanos(jvm);
        long idlePg0 = ProcCpu.treeNanos(postmaster);
        Thread.sleep(5_000);
        double idleJvm = (ProcCpu.selfNanos(jvm) - idleJvm0) / 5e3;
        double idlePg = (ProcCpu.treeNanos(postmaster) - idlePg0) / 5e3;
        Map<String, Double> idleGroups = ThreadCpu.byGroup(idleBefore, ThreadCpu.dump(jcmd, jvm));

        EventMix mix = new EventMix(created, changed, published, seed);
        EventMix.Expected expected = mix.expected();
        List<ThreadCpu.Sample> threadsBefore = ThreadCpu.dump(jcmd, jvm);
        long jvm0 = ProcCpu.selfNanos(jvm);
        long pg0 = ProcCpu.treeNanos(postmaster);
        Map<String, Long> pgKinds0 = ProcCpu.treeByKind(postmaster);
        long machine0 = ProcCpu.machineBusyNanos();
        long self0 = ProcCpu.selfNanos(ProcessHandle.current().pid());
        Producer producer = Producer.start(this, created, changed, published, seed, 0, null);
        Progress done = await(producer, expected, expected, jvm, postmaster);
        long jvm1 = done.jvmNanos();
        long pg1 = done.pgNanos();
        Map<String, Long> pgKinds1 = ProcCpu.treeByKind(postmaster);
        long machine1 = ProcCpu.machineBusyNanos();
        long self1 = ProcCpu.selfNanos(ProcessHandle.current().pid());
        List<ThreadCpu.Sample> threadsAfter = ThreadCpu.dump(jcmd, jvm);
        Producer.Result sent = producer.result();

        long first = sent.firstSendMicros();
        long readModelLast = micros("select max(updated_at) from alerting.obligation");
        long deadlineIntakeLast = micros("select max(received_at) from deadline.item_event");
        long deadlineObligationLast = micros("select max(updated_at) from deadline.obligation");
        long itemsLast = maxTimestampMicros("disclosure.items");
        long relayedLast = maxTimestampMicros("disclosure.deadlines");
        long deadlineEvents = endOffsets("disclosure.deadlines");
        double seconds = (readModelLast - first) / 1e6;
        long events = expected.events();
        double rate = events / seconds;

        Ceiling ceiling = ceiling(events);
        Map<String, Long> states = states();
        System.out.println();
        System.out.println("=== whole pipeline (issue 13 harness) ===");
        System.out.printf("produced %,d events (%,d created, %,d changed, %,d published) in %.2f s (first send to last ack;"
                        + " last record's broker time +%.2f s)%n", sent.events(), created, changed, published,
                (sent.lastAckMicros() - first) / 1e6, (itemsLast - first) / 1e6);
        System.out.printf("deadline-service: last item event applied +%.2f s (%,.0f events/s), last obligation written +%.2f s,"
                        + " last of its %,d deadline events relayed +%.2f s, outbox empty%n",
                (deadlineIntakeLast - first) / 1e6, events / ((deadlineIntakeLast - first) / 1e6),
                (deadlineObligationLast - first) / 1e6, deadlineEvents, (relayedLast - first) / 1e6);
        System.out.printf("alerting read model: last obligation applied +%.2f s: %,.0f events/s end to end%n", seconds, rate);
        System.out.printf("plain consumer (%s) of disclosure.items: %,d records in %.2f s: %,.0f records/s; ratio %.4f (1/%.0f)%n",
                ceiling.how(), ceiling.records(), ceiling.seconds(), ceiling.rate(), rate / ceiling.rate(), ceiling.rate() / rate);
        System.out.printf("read model: %s (expected %,d obligations, %,d met of which %,d late)%n", states,
                expected.obligations(), expected.met(), expected.metLate());
        System.out.printf("watching cost: %d count queries on the read model (%.0f ms in all), offsets asked of the broker"
                + " once a second; detected %.2f s after the last row (idle system meanwhile: JVM %.0f µs/s, PostgreSQL %.0f µs/s)%n",
                dbPolls, dbPollNanos / 1e6, (done.atMicros() - readModelLast) / 1e6, idleJvm, idlePg);
        double jvmUs = (jvm1 - jvm0) / 1e3 / events;
        double pgUs = (pg1 - pg0) / 1e3 / events;
        double producerUs = sent.cpuNanos() / 1e3 / events;
        System.out.printf("CPU µs per event: standalone JVM (broker + both services + workbench) %.1f, PostgreSQL %.1f,"
                + " producer JVM %.1f (its start included); all %.1f%n", jvmUs, pgUs, producerUs, jvmUs + pgUs + producerUs);
        // neighbours: what the rest of the machine used meanwhile (the producer's CPU is its whole life, so roughly)
        double others = (machine1 - machine0 - (jvm1 - jvm0) - (pg1 - pg0) - sent.cpuNanos() - (self1 - self0))
                / 1e9 / ((done.atMicros() - first) / 1e6);
        System.out.printf("  the rest of the machine meanwhile (other people's builds and runs, this harness excluded):"
                + " %.0f %% of one core%n", Math.max(0, others) * 100);
        Map<String, Double> groups = ThreadCpu.byGroup(threadsBefore, threadsAfter);
        double listed = groups.values().stream().mapToDouble(Double::doubleValue).sum();
        groups.put("threads that ended during the run", Math.max(0, (jvm1 - jvm0) / 1e6 - listed));
        System.out.println("  standalone JVM by thread group (jcmd Thread.print before and after), µs per event:");
        groups.forEach((group, ms) -> {
            if (ms * 1e3 / events >= 0.05) {
                System.out.printf("    %-55s %6.1f%n", group, ms * 1e3 / events);
            }
        });
        String failed = check(states, expected, sent, deadlineEvents);
        System.out.printf("summary: %,.0f events/s to the read model (%.1f s), deadline-service applied +%.1f s / relayed +%.1f s,"
                        + " kcat %,.0f records/s, ratio %.4f; CPU µs/event JVM %.0f, PostgreSQL %.0f, producer %.0f%n",
                rate, seconds, (deadlineIntakeLast - first) / 1e6, (relayedLast - first) / 1e6, ceiling.rate(),
                rate / ceiling.rate(), jvmUs, pgUs, producerUs);
        System.out.printf("summary: neighbours %.0f %% of a core%n", Math.max(0, others) * 100);
        System.out.println("  PostgreSQL by process, µs per event:");
        pgKinds1.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - pgKinds0.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() / 1e3 / events >= 0.05)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("    %-55s %6.1f%n", e.getKey(), e.getValue() / 1e3 / events));
        System.out.printf("  the idle system before the burst (5 s), JVM µs/s by thread group: %s%n",
                idleGroups.entrySet().stream().filter(e -> e.getValue() >= 5).limit(5)
                        .map(e -> String.format("%s %.0f", e.getKey(), e.getValue() * 1e3 / 5)).toList());
        memory(jvm, jcmd, "after the burst");
        disk(created);
        EventMix.Expected sofar = expected;
        for (int i = 1; i <= warmBursts; i++) {
            sofar = warmBurst(i, jvm, postmaster, jcmd, sofar);
        }
        if (latencyCreated > 0) {
            latency(jvm, postmaster, sofar);
        }
        if (million > 0) {
            new MillionPhase(this, million, millionOverdue, seed).run(jvm, postmaster, jcmd);
        }
        if (failed != null) {
            throw new IllegalStateException(failed);
        }
    }

    // ---------------------------------------------------------------- waiting

    record Progress(long atMicros, long jvmNanos, long pgNanos) { }

    /**
     * Waits until the producer is done, both consumer groups have caught up, the deadline outbox is
     * empty and the read model holds what {@code expected} says. Samples CPU on each round.
     */
    Progress await(Producer producer, EventMix.Expected expected, EventMix.Expected cumulative, long jvm,
                           long postmaster) throws Exception {
        long start = System.nanoTime();
        long lastMove = start;
        long lastLag = -1;
        long reported = start;
        while (true) {
            Thread.sleep(1_000);
            long jvmNanos = ProcCpu.selfNanos(jvm);
            long pgNanos = ProcCpu.treeNanos(postmaster);
            long at = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
            long itemsLag = lag("deadline-service", "disclosure.items");
            long deadlinesLag = lag("alerting-service", "disclosure.deadlines");
            boolean produced = producer.done();
            if (produced && itemsLag == 0 && deadlinesLag == 0 && readModelComplete(cumulative)) {
                return new Progress(at, jvmNanos, pgNanos);
            }
            long now = System.nanoTime();
            if (itemsLag + deadlinesLag != lastLag) {
                lastLag = itemsLag + deadlinesLag;
                lastMove = now;
            } else if (now - lastMove > 120_000_000_000L) {
                throw new IllegalStateException("nothing moved for 2 minutes: items lag " + itemsLag
                        + ", deadlines lag " + deadlinesLag + ", read model " + states() + " (log: " + dataDir + ".log)");
            }
            if (now - reported >= 5_000_000_000L) {
                reported = now;
                System.out.printf("  %5.1f s: producer %s, deadline-service behind by %,d item events, alerting-service"
                        + " behind by %,d deadline events%n", (now - start) / 1e9, produced ? "done" : "sending",
                        itemsLag, deadlinesLag);
            }
        }
    }

    private boolean readModelComplete(EventMix.Expected cumulative) throws SQLException {
        long t = System.nanoTime();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select (select count(*) from alerting.obligation),"
                     + " (select count(*) from alerting.obligation where state in ('MET', 'MET_LATE')),"
                     + " (select count(*) from deadline.outbox)")) {
            rs.next();
            return rs.getLong(1) == cumulative.obligations() && rs.getLong(2) == cumulative.met() && rs.getLong(3) == 0;
        } finally {
            dbPolls++;
            dbPollNanos += System.nanoTime() - t;
        }
    }

    long lag(String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, Long> ends = ends(topic, OffsetSpec.latest());
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata c = committed.get(end.getKey());
            lag += end.getValue() - (c == null ? 0 : c.offset());
        }
        return lag;
    }

    private Map<TopicPartition, Long> ends(String topic, OffsetSpec spec) throws Exception {
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions();
        Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
        partitions.forEach(p -> ask.put(new TopicPartition(topic, p.partition()), spec));
        Map<TopicPartition, Long> ends = new HashMap<>();
        ListOffsetsResult result = admin.listOffsets(ask);
        for (var e : result.all().get(10, TimeUnit.SECONDS).entrySet()) {
            ends.put(e.getKey(), spec instanceof OffsetSpec.MaxTimestampSpec ? e.getValue().timestamp() : e.getValue().offset());
        }
        return ends;
    }

    private long endOffsets(String topic) throws Exception {
        return ends(topic, OffsetSpec.latest()).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The broker's timestamp (the producer's send time) of the newest record of the topic, in epoch µs. */
    long maxTimestampMicros(String topic) throws Exception {
        return ends(topic, OffsetSpec.maxTimestamp()).values().stream().mapToLong(Long::longValue).max().orElse(0) * 1000;
    }

    private void awaitUp(Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!system.isAlive()) {
                throw new IllegalStateException("./shixian up ended with " + system.exitValue() + ": " + tail(log));
            }
            if (Files.readString(log).contains("Stop with Ctrl-C")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("./shixian up did not come up in 10 minutes: " + tail(log));
    }

    private void awaitGroupsStable() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(List.of("deadline-service",
                    "alerting-service")).all().get(10, TimeUnit.SECONDS);
            if (groups.values().stream().allMatch(g -> g.groupState() == GroupState.STABLE && !g.members().isEmpty())) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the services' consumer groups did not settle in 2 minutes");
    }

    // ---------------------------------------------------------------- figures

    record Ceiling(String how, long records, double seconds) {
        double rate() {
            return records / seconds;
        }
    }

    /** A plain read of disclosure.items from the beginning: kcat if installed, else a plain consumer in this JVM. */
    private Ceiling ceiling(long events) throws Exception {
        Path kcat = Stream.of("/usr/bin/kcat", "/usr/local/bin/kcat", "/usr/bin/kafkacat").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        if (kcat != null) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(kcat.toString(), "-C", "-b", bootstrap(), "-t", "disclosure.items",
                    "-o", "beginning", "-e", "-q", "-f", "%o\\n").redirectErrorStream(true).start();
            long lines = 0;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                while (r.readLine() != null) {
                    lines++;
                }
            }
            p.waitFor();
            return new Ceiling("kcat -C -o beginning -e", lines, (System.nanoTime() - t) / 1e9);
        }
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap(), "max.poll.records", 2000);
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            long t = System.nanoTime();
            List<TopicPartition> partitions = consumer.partitionsFor("disclosure.items").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long records = 0;
            while (records < events) {
                records += consumer.poll(Duration.ofSeconds(1)).count();
            }
            return new Ceiling("a plain KafkaConsumer (kcat not installed)", records, (System.nanoTime() - t) / 1e9);
        }
    }

    void memory(long jvm, Path jcmd, String when) throws Exception {
        double heap = heapUsed();
        long rss = ProcCpu.rssBytes(jvm);
        Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(jvm), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor();
        double live = heapUsed();
        System.out.printf("memory of the standalone JVM (one heap for every service) %s: heap used %.0f MiB (%.0f MiB after a full GC),"
                + " RSS %.0f MiB (%.0f MiB after the GC)%n", when, heap / 1048576, live / 1048576, rss / 1048576.0,
                ProcCpu.rssBytes(jvm) / 1048576.0);
    }

    private double heapUsed() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + alertingPort
                        + "/actuator/metrics/jvm.memory.used?tag=area:heap")).header("Authorization", ADMIN).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        return body.get("measurements").get(0).get("value").asDouble();
    }

    /** Disk bytes per item, {@code items} being how many were created so far. */
    void disk(long items) throws SQLException {
        System.out.printf("disk (pg_total_relation_size: tables, indexes, TOAST) per item created (%,d items), by schema:%n", items);
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                select n.nspname, sum(pg_total_relation_size(c.oid)),
                       string_agg(c.relname || ' ' || pg_size_pretty(pg_total_relation_size(c.oid)), ', '
                                  order by pg_total_relation_size(c.oid) desc) filter (where pg_total_relation_size(c.oid) > 1048576)
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relkind in ('r', 'p', 'm') and n.nspname in ('deadline', 'alerting')
                group by n.nspname order by n.nspname desc""")) {
            while (rs.next()) {
                System.out.printf("  %-9s %,6.0f bytes per item (%,.1f MiB; %s)%n", rs.getString(1),
                        rs.getLong(2) / (double) items, rs.getLong(2) / 1048576.0, rs.getString(3));
            }
        }
        try (Stream<Path> files = Files.walk(dataDir.resolve("kafka"))) {
            long bytes = files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".log"))
                    .mapToLong(p -> p.toFile().length()).sum();
            System.out.printf("  kafka log segments (every topic, lz4 batches): %,.0f bytes per item%n", bytes / (double) items);
        } catch (IOException e) {
            System.out.println("  kafka log: " + e);
        }
    }

    /**
     * The same burst again on fresh items, now that the JVM has compiled its hot paths (a system that
     * has run for a while): events/s and CPU per event as above, without the ceiling and the rest.
     */
    private EventMix.Expected warmBurst(int n, long jvm, long postmaster, Path jcmd, EventMix.Expected before) throws Exception {
        EventMix mix = new EventMix(created, changed, published, seed + 100 + n);
        EventMix.Expected expected = mix.expected();
        EventMix.Expected cumulative = new EventMix.Expected(before.events() + expected.events(),
                before.obligations() + expected.obligations(), before.met() + expected.met(),
                before.metLate() + expected.metLate());
        System.out.printf("%nwarm burst %d: the same mix of %,d events on fresh items, same JVM ...%n", n, expected.events());
        Thread.sleep(5_000);
        List<ThreadCpu.Sample> threadsBefore = ThreadCpu.dump(jcmd, jvm);
        long jvm0 = ProcCpu.selfNanos(jvm);
        long pg0 = ProcCpu.treeNanos(postmaster);
        long intakeBefore = micros("select max(received_at) from deadline.item_event");
        Producer producer = Producer.start(this, created, changed, published, seed + 100 + n, 0, null);
        Progress done = await(producer, expected, cumulative, jvm, postmaster);
        List<ThreadCpu.Sample> threadsAfter = ThreadCpu.dump(jcmd, jvm);
        Producer.Result sent = producer.result();
        long first = sent.firstSendMicros();
        long readModelLast = micros("select max(updated_at) from alerting.obligation");
        long deadlineIntakeLast = micros("select max(received_at) from deadline.item_event");
        long relayedLast = maxTimestampMicros("disclosure.deadlines");
        long events = expected.events();
        double seconds = (readModelLast - first) / 1e6;
        double jvmUs = (done.jvmNanos() - jvm0) / 1e3 / events;
        double pgUs = (done.pgNanos() - pg0) / 1e3 / events;
        System.out.printf("warm summary %d: %,.0f events/s to the read model (%.1f s), deadline-service applied +%.1f s"
                        + " (%,.0f events/s) / relayed +%.1f s; CPU µs/event JVM %.0f, PostgreSQL %.0f, producer %.0f%s%n", n,
                events / seconds, seconds, (deadlineIntakeLast - first) / 1e6, events / ((deadlineIntakeLast - first) / 1e6),
                (relayedLast - first) / 1e6, jvmUs, pgUs, sent.cpuNanos() / 1e3 / events,
                intakeBefore < first ? "" : " (the first burst's intake was still running!)");
        Map<String, Double> groups = ThreadCpu.byGroup(threadsBefore, threadsAfter);
        System.out.println("  standalone JVM by thread group, µs per event: " + groups.entrySet().stream()
                .filter(e -> e.getValue() * 1e3 / events >= 0.5)
                .map(e -> String.format("%s %.1f", e.getKey(), e.getValue() * 1e3 / events)).toList());
        return cumulative;
    }

    /** A second, paced stream of fresh items: from each event's CloudEvents time to its row's updated_at. */
    private void latency(long jvm, long postmaster, EventMix.Expected before) throws Exception {
        int c = latencyCreated;
        int ch = (int) ((long) c * changed / created);
        int p = (int) ((long) c * published / created);
        EventMix mix = new EventMix(c, ch, p, seed + 1);
        EventMix.Expected expected = mix.expected();
        EventMix.Expected cumulative = new EventMix.Expected(before.events() + expected.events(),
                before.obligations() + expected.obligations(), before.met() + expected.met(),
                before.metLate() + expected.metLate());
        Path manifest = Files.createTempFile("shixian-pipeline-manifest-", ".tsv");
        System.out.printf("%nlatency: %,d events (%,d created, %,d changed, %,d published) paced at %,.0f events/s ...%n",
                expected.events(), c, ch, p, latencyRate);
        Producer producer = Producer.start(this, c, ch, p, seed + 1, latencyRate, manifest);
        await(producer, expected, cumulative, jvm, postmaster);
        Producer.Result sent = producer.result();
        // the last event that touched each row: its creation or change, or the publication that met it
        Map<String, long[]> touched = new HashMap<>();
        for (String line : Files.readAllLines(manifest)) {
            String[] f = line.split("\t");
            long[] times = touched.computeIfAbsent(f[0], k -> new long[3]);
            int version = Integer.parseInt(f[2]);
            long at = Long.parseLong(f[3]);
            if (f[1].equals("PUBLISHED")) {
                for (int v = 1; v <= version; v++) {
                    times[v] = at;
                }
            } else {
                times[version] = at;
            }
        }
        Files.deleteIfExists(manifest);
        List<Long> latencies = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("select item_id, version, (extract(epoch from updated_at) * 1e6)::bigint"
                + " from alerting.obligation where item_id = any(?)")) {
            q.setArray(1, db.createArrayOf("text", touched.keySet().toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    latencies.add(rs.getLong(3) - touched.get(rs.getString(1))[rs.getInt(2)]);
                }
            }
        }
        latencies.sort(Comparator.naturalOrder());
        double sentRate = sent.events() / ((sent.lastAckMicros() - sent.firstSendMicros()) / 1e6);
        System.out.printf("latency, event time to read-model row, over %,d rows at %,.0f events/s sent: p50 %.0f ms, p99 %.0f ms,"
                        + " max %.0f ms%n", latencies.size(), sentRate, pct(latencies, 0.50) / 1e3,
                pct(latencies, 0.99) / 1e3, latencies.getLast() / 1e3);
    }

    private static double pct(List<Long> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1));
    }

    /** What the burst must have left: every event logged, none dead-lettered, the read model as {@link EventMix} says. */
    private String check(Map<String, Long> states, EventMix.Expected expected, Producer.Result sent, long deadlineEvents)
            throws Exception {
        long dlt = endOffsets("disclosure.items.DLT");
        long logged = count("select count(*) from deadline.item_event");
        long rows = states.values().stream().mapToLong(Long::longValue).sum();
        long met = states.getOrDefault("MET", 0L) + states.getOrDefault("MET_LATE", 0L);
        long late = states.getOrDefault("MET_LATE", 0L);
        boolean ok = sent.events() == expected.events() && logged == expected.events() && dlt == 0
                && rows == expected.obligations() && met == expected.met() && late == expected.metLate();
        System.out.printf("check %s: %,d events sent, %,d logged by the deadline-service, %,d dead-lettered, %,d deadline"
                        + " events; %,d obligations in the read model, %,d met, %,d of them late%n", ok ? "passed" : "FAILED",
                sent.events(), logged, dlt, deadlineEvents, rows, met, late);
        return ok ? null : "the burst's check failed (see above)";
    }

    Map<String, Long> states() throws SQLException {
        Map<String, Long> states = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select state, count(*) from alerting.obligation group by state order by state")) {
            while (rs.next()) {
                states.put(rs.getString(1), rs.getLong(2));
            }
        }
        return states;
    }

    long micros(String sql) throws SQLException {
        return count(sql.replace("select max(", "select (extract(epoch from max(").replace(") from", ")) * 1e6)::bigint from"));
    }

    long count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).getFirst().trim());
    }

    Connection db() {
        return db;
    }

    int alertingPort() {
        return alertingPort;
    }

    int deadlinePort() {
        return deadlinePort;
    }

    String bootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    Path javaHome() {
        return javaHome;
    }

    Path root() {
        return root;
    }

    private void stop() {
        try {
            if (db != null) {
                db.close();
            }
        } catch (SQLException ignored) {
            // closing anyway
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
        if (system != null && system.isAlive()) {
            system.destroy(); // SIGTERM: the launcher stops everything cleanly
            try {
                if (!system.waitFor(90, TimeUnit.SECONDS)) {
                    system.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (dataDir != null && !keep) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp dir left behind
            }
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("shixian")) && Files.isDirectory(dir.resolve("contracts"))) {
                return dir;
            }
        }
        throw new IllegalStateException("./shixian not found above " + Path.of("").toAbsolutePath());
    }

    /** The producer JVM: same classpath as this one, its own process. */
    static final class Producer {

        record Result(long firstSendMicros, long lastAckMicros, long events, long cpuNanos) { }

        private final Process process;
        private final StringBuilder out = new StringBuilder();
        private final Thread reader;

        private Producer(Process process) {
            this.process = process;
            reader = Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader r = process.inputReader()) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        synchronized (out) {
                            out.append(line).append('\n');
                        }
                    }
                } catch (IOException ignored) {
                    // ended
                }
            });
        }

        static Producer start(PipelineHarness h, int created, int changed, int published, long seed, double rate,
                              Path manifest) throws IOException {
            return start(h, created, changed, published, seed, rate, manifest, false);
        }

        /**
         * A stream of {@code created} fresh items (nothing changed or published), made and sent one by one
         * as fast as the broker takes them: a fill too big to hold in memory first, as a burst is.
         * {@code overdue}: each item's clock started long ago ({@link EventMix#overdue}).
         */
        static Producer fill(PipelineHarness h, int created, long seed, boolean overdue) throws IOException {
            return start(h, created, 0, 0, seed, Double.POSITIVE_INFINITY, null, overdue);
        }

        private static Producer start(PipelineHarness h, int created, int changed, int published, long seed, double rate,
                                      Path manifest, boolean overdue) throws IOException {
            List<String> command = new ArrayList<>(Arrays.asList(h.javaHome().resolve("bin/java").toString(),
                    "-D" + PipelineProducer.OVERDUE + "=" + overdue, "-cp", System.getProperty("java.class.path"), PipelineProducer.class.getName(), h.bootstrap(),
                    "" + created, "" + changed, "" + published, "" + seed, "" + rate));
            if (manifest != null) {
                command.add(manifest.toString());
            }
            return new Producer(new ProcessBuilder(command).directory(h.root().toFile()).redirectErrorStream(true).start());
        }

        boolean done() {
            return !process.isAlive();
        }

        Result result() throws Exception {
            int exit = process.waitFor();
            reader.join();
            Map<String, Long> values = new HashMap<>();
            for (String line : out.toString().split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0 && line.substring(eq + 1).matches("\\d+")) {
                    values.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
                }
            }
            if (exit != 0 || !values.containsKey("cpu-ns")) {
                throw new IllegalStateException("the producer failed (" + exit + "):\n" + out);
            }
            return new Result(values.get("first-send-us"), values.get("last-ack-us"), values.get("events"), values.get("cpu-ns"));
        }
    }
}
