package cn.shixian.standalone.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU time of each thread of another JVM, by its full Java name, from {@code jcmd PID Thread.print}
 * ({@code cpu=…ms} on each thread's line), and the standalone JVM's threads grouped by what they do.
 * Two dumps give each thread's share of a run; threads that ended in between are missing from both
 * and show as the rest of the process's own total.
 */
final class ThreadCpu {

    /** One thread: its OS id, Java id (start order; -1 for VM threads) and CPU so far. */
    record Sample(long nid, long javaId, String name, double cpuMillis) { }

    private static final Pattern LINE = Pattern.compile("^\"(.*)\" (?:#(\\d+) )?.*?cpu=([\\d.]+)ms.*");
    private static final Pattern NID = Pattern.compile("(?:\\[(\\d+)]|nid=(\\d+))");

    private ThreadCpu() {
    }

    static List<Sample> dump(Path jcmd, long pid) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return parse(out);
    }

    static List<Sample> parse(String dump) {
        List<Sample> threads = new ArrayList<>();
        for (String line : dump.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            Matcher nid = NID.matcher(line.substring(m.end(1)));
            long id = nid.find() ? Long.parseLong(nid.group(1) != null ? nid.group(1) : nid.group(2)) : -1;
            threads.add(new Sample(id, m.group(2) == null ? -1 : Long.parseLong(m.group(2)), m.group(1),
                    Double.parseDouble(m.group(3))));
        }
        return threads;
    }

    /** CPU ms each group of threads used between two dumps, largest first. */
    static Map<String, Double> byGroup(List<Sample> before, List<Sample> after) {
        Map<Long, Double> was = new LinkedHashMap<>();
        before.forEach(s -> was.put(s.nid(), s.cpuMillis()));
        // the two outbox relays share a name: the deadline-service starts first, so its relay is the older
        List<Sample> relays = after.stream().filter(s -> s.name().equals("outbox-relay"))
                .sorted(Comparator.comparingLong(Sample::javaId)).toList();
        Map<String, Double> groups = new LinkedHashMap<>();
        for (Sample s : after) {
            double used = s.cpuMillis() - was.getOrDefault(s.nid(), 0.0);
            String group = s.name().equals("outbox-relay") ? (relays.indexOf(s) == 0
                    ? "deadline-service outbox relay" : "alerting-service outbox relay") : group(s.name());
            groups.merge(group, used, Double::sum);
        }
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(groups.entrySet());
        sorted.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        Map<String, Double> result = new LinkedHashMap<>();
        sorted.forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    static String group(String name) {
        if (name.startsWith("item-intake") || name.startsWith("request-intake")) {
            return "deadline-service intake (listener threads)";
        }
        // the read model's listener: "deadline-intake" once batched, the container's default name before
        if (name.startsWith("deadline-intake") || name.startsWith("org.springframework.kafka.KafkaListenerEndpointContainer")) {
            return "alerting-service read-model intake (listener thread)";
        }
        if (name.startsWith("calendar-updates")) {
            return "calendar listeners (both)";
        }
        if (name.startsWith("kafka-producer-network-thread") || name.startsWith("kafka-coordinator-heartbeat")
                || name.startsWith("consumer_")) {
            return "services' Kafka client I/O threads";
        }
        if (name.matches("C\\d CompilerThread.*")) {
            return "JIT compilers";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("ParGC") || name.equals("VM Thread")) {
            return "GC and VM thread";
        }
        if (name.startsWith("shixian-alerting_") || name.startsWith("quartz") || name.startsWith("QuartzScheduler")) {
            return "sweep and digest (Quartz)";
        }
        if (name.startsWith("http-nio")) {
            return "HTTP threads";
        }
        if (name.startsWith("data-plane-kafka") || name.startsWith("kafka-") || name.startsWith("raft")
                || name.startsWith("quorum-controller") || name.startsWith("broker-") || name.startsWith("controller-")
                || name.startsWith("group-coordinator") || name.startsWith("share-") || name.startsWith("ExpirationReaper")
                || name.startsWith("executor-") || name.startsWith("transaction-log-manager")
                || name.startsWith("TxnMarkerSender") || name.startsWith("AddPartitionsToTxn")
                || name.startsWith("LogDirFailureHandler") || name.startsWith("persister") || name.startsWith("PersisterState")
                || name.startsWith("client-metrics-reaper") || name.startsWith("network-partition-metadata")
                || name.startsWith("SensorExpiryThread") || name.startsWith("metrics-meter-tick")) {
            return "Kafka broker";
        }
        return "other (main, pools, schedulers)";
    }
}
