package cn.shixian.deadline.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM and by every PostgreSQL process of the machine (Linux
 * {@code /proc}; 0 elsewhere). Backends that exit take their time with them, so read it while the
 * service's connection pool holds its connections.
 */
final class CpuClock {

    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux

    /** CPU time of this JVM and of PostgreSQL; the machine's ticks by kind (/proc/stat: user … steal). */
    record Reading(long jvmNanos, long jitNanos, long postgresNanos, long[] machineTicks) {

        /** What the machine's CPUs did between {@code start} and this reading, in per cent. */
        String machineSince(Reading start) {
            long[] d = new long[machineTicks.length];
            long total = 0;
            for (int i = 0; i < d.length; i++) {
                d[i] = machineTicks[i] - start.machineTicks[i];
                total += d[i];
            }
            if (total == 0 || d.length < 8) {
                return "unknown";
            }
            long busy = d[0] + d[1] + d[2] + d[5] + d[6];
            return String.format("%d %% busy, %d %% idle, %d %% waiting for I/O, %d %% stolen by the hypervisor",
                    100 * busy / total, 100 * d[3] / total, 100 * d[4] / total, 100 * d[7] / total);
        }
    }

    Reading read() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Reading(os.getProcessCpuTime(), jitTicks() * NANOS_PER_TICK, postgresTicks() * NANOS_PER_TICK,
                machineTicks());
    }

    /**
     * CPU ticks of this JVM's JIT compiler threads: how far from compiled steady state a run still is.
     * A compiler thread that ends takes its ticks along, hence -XX:-UseDynamicNumberOfCompilerThreads.
     */
    private static long jitTicks() {
        try (Stream<Path> threads = Files.list(Path.of("/proc/self/task"))) {
            return threads.mapToLong(t -> {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    return name(stat).matches("C\\d CompilerThre.*") ? usedTicks(stat, false) : 0;
                } catch (IOException | RuntimeException e) {
                    return 0; // the thread ended meanwhile
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long[] machineTicks() {
        try {
            // first line: cpu user nice system idle iowait irq softirq steal …
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long[] ticks = new long[Math.min(8, fields.length - 1)];
            for (int i = 0; i < ticks.length; i++) {
                ticks[i] = Long.parseLong(fields[i + 1]);
            }
            return ticks;
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }

    private static long postgresTicks() {
        return processTicks().entrySet().stream().filter(e -> e.getKey().startsWith("postgres"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /**
     * CPU ticks by process name (digits dropped, so kworker/0:1 and kworker/1:2 are one), each with
     * the time of its children that ended: autovacuum workers come and go within a run.
     */
    static Map<String, Long> processTicks() {
        Map<String, Long> ticks = new TreeMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    ticks.merge(name(stat).replaceAll("[0-9]", ""), usedTicks(stat, true), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return ticks;
    }

    private static String name(String stat) {
        return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    }

    /** utime + stime (+ cutime + cstime: children that ended) of a /proc stat line. */
    private static long usedTicks(String stat, boolean withChildren) {
        // after the command: state is field 3, utime 14, stime 15, cutime 16, cstime 17
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long used = 0;
        for (int i = 11; i <= (withChildren ? 14 : 12); i++) {
            used += Long.parseLong(fields[i]);
        }
        return used;
    }

    /** The processes other than this JVM and PostgreSQL that used most CPU between two snapshots. */
    static String othersBetween(Map<String, Long> before, Map<String, Long> after, long wallNanos) {
        StringBuilder top = new StringBuilder();
        after.entrySet().stream().filter(e -> !e.getKey().startsWith("postgres") && !e.getKey().equals("java"))
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                .forEach(e -> top.append(String.format("%s %.0f %%, ", e.getKey(),
                        100.0 * e.getValue() * NANOS_PER_TICK / wallNanos)));
        return top.isEmpty() ? "none" : top.substring(0, top.length() - 2);
    }
}
