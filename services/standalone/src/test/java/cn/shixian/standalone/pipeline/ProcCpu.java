package cn.shixian.standalone.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of other processes, read from Linux {@code /proc} (USER_HZ 100: 10 ms ticks). PostgreSQL
 * is the postmaster and every child it has now, each with the time of its own ended children, plus
 * the postmaster's {@code cutime}/{@code cstime}: the backends and autovacuum workers that ended and
 * were reaped during the run.
 */
final class ProcCpu {

    static final long NANOS_PER_TICK = 10_000_000L;

    private ProcCpu() {
    }

    /** utime + stime of the process itself, in ns (its threads, also those that ended). */
    static long selfNanos(long pid) {
        long[] f = fields(Path.of("/proc", Long.toString(pid), "stat"));
        return f == null ? 0 : (f[0] + f[1]) * NANOS_PER_TICK;
    }

    /** The postmaster and its children, with the children they reaped, in ns. */
    static long treeNanos(long rootPid) {
        long[] root = fields(Path.of("/proc", Long.toString(rootPid), "stat"));
        if (root == null) {
            return 0;
        }
        long ticks = root[0] + root[1] + root[2] + root[3];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                long[] f = fields(p.resolve("stat"));
                if (f != null && f[4] == rootPid) {
                    ticks += f[0] + f[1] + f[2] + f[3];
                }
            }
        } catch (IOException e) {
            return ticks * NANOS_PER_TICK;
        }
        return ticks * NANOS_PER_TICK;
    }

    /**
     * The same total by kind of PostgreSQL process (its title: client backends, WAL writer, checkpointer,
     * autovacuum, ...), in ns; "ended children" is what the postmaster reaped (backends and autovacuum
     * workers that exited).
     */
    static java.util.Map<String, Long> treeByKind(long rootPid) {
        java.util.Map<String, Long> kinds = new java.util.TreeMap<>();
        long[] root = fields(Path.of("/proc", Long.toString(rootPid), "stat"));
        if (root == null) {
            return kinds;
        }
        kinds.put("postmaster", (root[0] + root[1]) * NANOS_PER_TICK);
        kinds.put("ended children", (root[2] + root[3]) * NANOS_PER_TICK);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                long[] f = fields(p.resolve("stat"));
                if (f != null && f[4] == rootPid) {
                    kinds.merge(kind(p), (f[0] + f[1] + f[2] + f[3]) * NANOS_PER_TICK, Long::sum);
                }
            }
        } catch (IOException e) {
            return kinds;
        }
        return kinds;
    }

    private static String kind(Path process) {
        try {
            String title = new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ').trim();
            if (title.matches("postgres: \\S+ \\S+ \\d+\\.\\d+\\.\\d+\\.\\d+\\(\\d+\\).*")) {
                return "client backends";
            }
            return title.startsWith("postgres: ") ? title.substring(10).replaceAll(" (worker|launcher).*", " $1") : title;
        } catch (IOException e) {
            return "gone";
        }
    }

    /** The machine's busy CPU so far (user, nice, system, irq, softirq of /proc/stat), in ns. */
    static long machineBusyNanos() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            return (Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Resident set size in bytes (VmRSS). */
    static long rssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** utime, stime, cutime, cstime, ppid of a /proc stat file; null if the process is gone. */
    static long[] fields(Path stat) {
        try {
            return parse(Files.readString(stat));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Parses a /proc stat line (the command may hold spaces and parentheses). */
    static long[] parse(String stat) {
        // after "pid (comm) ": state is field 3, ppid 4, utime 14, stime 15, cutime 16, cstime 17
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                Long.parseLong(f[14]), Long.parseLong(f[1])};
    }
}
