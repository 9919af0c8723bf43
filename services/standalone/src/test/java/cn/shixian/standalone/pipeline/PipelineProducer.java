package cn.shixian.standalone.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole-pipeline harness's upstream: a plain Kafka producer in a JVM of its own, as a catalog
 * system would be, sending {@link EventMix}'s events to {@code disclosure.items} (key: the itemId) as
 * CloudEvents JSON made from {@code contracts/examples/}, each stamped with the instant it is sent.
 * <pre>PipelineProducer BOOTSTRAP CREATED CHANGED PUBLISHED SEED RATE [MANIFEST]</pre>
 * RATE 0 makes every record first, then sends them as fast as the broker takes them (a burst; each
 * stamped with the instant it was made); otherwise events/s, paced, each stamped as it is sent ({@code
 * Infinity}: unpaced, made and sent one by one, for a fill too big to hold in memory). With
 * {@code -Dpipeline.overdue=true} the items are {@link EventMix#overdue}. MANIFEST, if given,
 * gets a line per event: itemId, kind, version, CloudEvents time in epoch µs. Prints
 * {@code first-send-us=}, {@code last-ack-us=}, {@code events=} and {@code cpu-ns=} (its own CPU,
 * JVM start included) for the harness.
 */
public final class PipelineProducer {

    static final String TOPIC = "disclosure.items";
    /** The system property that makes the mix {@link EventMix#overdue} (CREATED items only). */
    static final String OVERDUE = "pipeline.overdue";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    /** A late item's clock started this long before its publication: 20 working days have passed. */
    private static final long LATE_BY_DAYS = 40;

    private static final Map<String, String> BODIES = Map.of(
            "654002", "伊宁市人力资源和社会保障局",
            "654021", "伊宁县自然资源局",
            "650500", "哈密市人力资源和社会保障局",
            "650000", "新疆维吾尔自治区人力资源和社会保障厅",
            "360702", "赣州市章贡区市场监督管理局");

    public static void main(String[] args) throws Exception {
        PipelineHarness.quiet();
        String bootstrap = args[0];
        EventMix mix = Boolean.getBoolean(OVERDUE)
                ? EventMix.overdue(Integer.parseInt(args[1]), Long.parseLong(args[4]))
                : new EventMix(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                        Long.parseLong(args[4]));
        double rate = Double.parseDouble(args[5]);
        Path manifest = args.length > 6 ? Path.of(args[6]) : null;
        Path examples = examplesDirectory();
        ObjectNode created = (ObjectNode) JSON.readTree(Files.readString(examples.resolve("disclosure.item.created.json")));
        ObjectNode changed = (ObjectNode) JSON.readTree(Files.readString(examples.resolve("disclosure.item.changed.json")));
        ObjectNode published = (ObjectNode) JSON.readTree(Files.readString(examples.resolve("disclosure.item.published.json")));

        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        AtomicLong firstSend = new AtomicLong();
        AtomicLong lastAck = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
             BufferedWriter lines = manifest == null ? null : Files.newBufferedWriter(manifest)) {
            if (rate <= 0) {
                // a burst: every record made first (stamped with the instant it was made, seconds before it
                // is sent), so the send itself runs at the broker's pace rather than at Jackson's
                List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
                mix.forEach(event -> records.add(new ProducerRecord<>(TOPIC, event.itemId(),
                        json(event, Instant.now(), created, changed, published))));
                firstSend.set(ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
                for (ProducerRecord<String, byte[]> record : records) {
                    producer.send(record, (metadata, e) -> acked(e, failure, lastAck));
                    sent.incrementAndGet();
                }
            } else {
                long start = System.nanoTime();
                mix.forEach(event -> {
                    long due = start + (long) (sent.get() * 1e9 / rate);
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    Instant now = Instant.now();
                    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, now);
                    firstSend.compareAndSet(0, micros);
                    producer.send(new ProducerRecord<>(TOPIC, event.itemId(), json(event, now, created, changed, published)),
                            (metadata, e) -> acked(e, failure, lastAck));
                    sent.incrementAndGet();
                    if (lines != null) {
                        try {
                            lines.write(event.itemId() + "\t" + event.kind() + "\t" + event.version() + "\t" + micros + "\n");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.println("first-send-us=" + firstSend.get());
        System.out.println("last-ack-us=" + lastAck.get());
        System.out.println("events=" + sent.get());
        System.out.println("cpu-ns=" + os.getProcessCpuTime());
    }

    private static void acked(Exception e, AtomicReference<Exception> failure, AtomicLong lastAck) {
        if (e != null) {
            failure.compareAndSet(null, e);
        }
        lastAck.accumulateAndGet(ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()), Math::max);
    }

    static byte[] json(EventMix.Event event, Instant now, ObjectNode created, ObjectNode changed, ObjectNode published) {
        OffsetDateTime at = now.atOffset(BEIJING);
        ObjectNode e = switch (event.kind()) {
            case CREATED -> created.deepCopy();
            case CHANGED -> changed.deepCopy();
            case PUBLISHED -> published.deepCopy();
        };
        e.put("id", UUID.randomUUID().toString());
        e.put("subject", event.itemId());
        e.put("time", RFC3339.format(at));
        e.put("source", "https://catalog.example.gov.cn/" + event.region());
        ObjectNode data = (ObjectNode) e.get("data");
        data.put("itemId", event.itemId());
        data.put("version", event.version());
        switch (event.kind()) {
            case CREATED, CHANGED -> {
                data.put("region", event.region());
                data.put("responsibleBody", BODIES.get(event.region()));
                data.put("title", data.get("title").asString() + " " + event.index());
                data.put("changedAt", RFC3339.format(event.late() ? at.minusDays(LATE_BY_DAYS) : at));
            }
            case PUBLISHED -> {
                data.put("publishedAt", RFC3339.format(at));
                data.put("url", "https://www.example.gov.cn/zwgk/" + event.region() + "/" + event.index() + ".html");
            }
        }
        return JSON.writeValueAsBytes(e);
    }

    static Path examplesDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("contracts/examples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("contracts/examples not found above " + Path.of("").toAbsolutePath());
    }
}
