package cn.shixian.deadline.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM and by every PostgreSQL process of the machine (Linux
 * {@code /proc}; 0 elsewhere). Backends that exit take their time with them, so read it while the
 * service's connection pool holds its connections.
 */
final class CpuClock {

    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux

    record Reading(long jvmNanos, long postgresNanos) {
    }

    Reading read() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Reading(os.getProcessCpuTime(), postgresTicks() * NANOS_PER_TICK);
    }

    private static long postgresTicks() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(CpuClock::postgresTicks).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long postgresTicks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int close = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, close).startsWith("postgres")) {
                return 0;
            }
            // after the command: state is field 3, utime 14, stime 15
            String[] fields = stat.substring(close + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
