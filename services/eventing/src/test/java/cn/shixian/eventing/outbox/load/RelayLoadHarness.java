package cn.shixian.eventing.outbox.load;

import static org.awaitility.Awaitility.await;

import cn.shixian.contracts.Topic;
import cn.shixian.eventing.outbox.OutboxRecord;
import cn.shixian.eventing.outbox.OutboxRelayRig;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The outbox relay alone (issue 13: "measure it and lift it"), not a test: fills an outbox on the
 * test PostgreSQL with {@code relay.rows} writing transactions of {@code relay.perRow} deadline events
 * each (the example {@code disclosure.deadline.opened} payload, importer-shaped keys over the six
 * partitions), then starts one relay and times it from its start until the outbox is empty, every
 * record acknowledged by the in-process broker (acks=all, idempotent, lz4, as the services send).
 * Each round runs on a fresh outbox; the first warms the JVM.
 * <pre>./mvnw -q -pl services/eventing -am -Pload verify -DskipTests</pre>
 */
public final class RelayLoadHarness {

    private final int rows = Integer.getInteger("relay.rows", 100);
    private final int perRow = Integer.getInteger("relay.perRow", 2000);
    private final int rounds = Integer.getInteger("relay.rounds", 4);
    private final int batchSize = Integer.getInteger("relay.batchSize", 2000);
    private final int vacuumWait = Integer.getInteger("relay.vacuumWait", 60);

    public static void main(String[] args) throws Exception {
        int status = 0;
        try {
            new RelayLoadHarness().run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private void run() throws Exception {
        byte[] payload = Files.readAllBytes(Path.of("../../contracts/examples/disclosure.deadline.opened.json"));
        System.out.printf("relay harness: %d rounds of %,d records (%d rows of %d, %d bytes each), relay batch %d%n",
                rounds, rows * perRow, rows, perRow, payload.length, batchSize);
        List<Double> rates = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            OutboxRelayRig rig = new OutboxRelayRig("relay_load", batchSize);
            fill(rig, payload, round);
            OutboxRelayRig.Space filled = rig.space();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            rig.start();
            rig.awaitEmpty();
            double seconds = (System.nanoTime() - t0) / 1e9;
            long cpu = processCpuNanos() - cpu0;
            rig.stop();
            double rate = rows * perRow / seconds;
            if (round > 1) {
                rates.add(rate);
            }
            System.out.printf("round %d%s: %,d records relayed in %.2f s: %,.0f records/s; JVM CPU (relay + broker) %.1f µs/record%n",
                    round, round == 1 ? " (warm-up)" : "", rows * perRow, seconds, rate, cpu / 1e3 / (rows * perRow));
            System.out.printf("  outbox filled %s; drained %s%n", describe(filled), describe(rig.space()));
            if (round == rounds) {
                awaitVacuum(rig);
            }
        }
        double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("summary: median %,.0f records/s over %d rounds (%s)%n", sorted[sorted.length / 2], sorted.length,
                Arrays.toString(Arrays.stream(sorted).mapToLong(Math::round).toArray()));
    }

    /**
     * Gives autovacuum up to {@code relay.vacuumWait} seconds (60) after the last round to clear the dead
     * tuples of the drained outbox's toast table, where its payloads were, and says what it left: the space
     * a burst leaves behind. The table's own dead tuples (one per row, a hundred) are shown but not waited for:
     * the payloads, and so the space, are in the toast.
     */
    private void awaitVacuum(OutboxRelayRig rig) {
        long t0 = System.nanoTime();
        String outcome;
        try {
            await().atMost(Duration.ofSeconds(vacuumWait)).pollInterval(Duration.ofSeconds(1))
                    .until(rig::space, space -> space.toastDeadTuples() == 0);
            outcome = String.format("toast vacuumed %.0f s after the drain", (System.nanoTime() - t0) / 1e9);
        } catch (ConditionTimeoutException notYet) {
            outcome = "toast not vacuumed within " + vacuumWait + " s";
        }
        System.out.printf("  outbox %s: %s%n", outcome, describe(rig.space()));
    }

    private static String describe(OutboxRelayRig.Space space) {
        return String.format("%,.1f MiB (pg_total_relation_size), n_dead_tup %,d + toast %,d, autovacuum runs %d + toast %d",
                space.bytes() / 1048576.0, space.deadTuples(), space.toastDeadTuples(), space.autovacuums(),
                space.toastAutovacuums());
    }

    private void fill(OutboxRelayRig rig, byte[] payload, int round) {
        SplittableRandom random = new SplittableRandom(round);
        HexFormat hex = HexFormat.of();
        for (int r = 0; r < rows; r++) {
            List<OutboxRecord> records = new ArrayList<>(perRow);
            for (int i = 0; i < perRow; i++) {
                String key = "650500-" + hex.toHexDigits(random.nextLong());
                records.add(new OutboxRecord(Topic.DEADLINES.topicName(), key, payload, Map.of("traceparent", "00-" + key)));
            }
            rig.write(records);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
