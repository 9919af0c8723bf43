package cn.shixian.standalone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a killed launcher left of its PostgreSQL. The postmaster is a process of its own (pg_ctl
 * starts it in the background, in its own process group), so a launcher killed with SIGKILL, by
 * the OOM killer or a power cut, cannot take it along: it lives on as an orphan that holds the
 * port, and its {@code postmaster.pid} stays. Called only by the holder of the data directory's
 * {@link LauncherLock}, so whatever runs on the directory belongs to a launcher that is gone.
 */
final class LeftoverPostgres {

    static final String PID_FILE = "postmaster.pid";

    /** pg_ctl's default wait; a fast shutdown of a server without sessions takes well under a second. */
    private static final int STOP_SECONDS = 60;

    private LeftoverPostgres() {
    }

    /**
     * Stops an orphaned postmaster of {@code dataDir} with a fast shutdown (its sessions died with
     * the launcher; open transactions roll back, every commit stays), or removes a
     * {@code postmaster.pid} whose process is gone: after a reboot its pid may belong to an
     * unrelated process, and PostgreSQL would then refuse to start.
     */
    static void clear(Path dataDir) throws IOException, InterruptedException {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<Long> pid = postmasterPid(pidFile);
        Optional<ProcessHandle> orphan = pid.flatMap(ProcessHandle::of).filter(p -> isPostmasterOf(p, dataDir));
        if (orphan.isPresent()) {
            stop(orphan.get(), dataDir);
            LauncherConsole.say("stopped PostgreSQL (pid " + orphan.get().pid() + ") that a killed ./shixian up had left"
                    + " running on " + dataDir + " (fast shutdown: open transactions rolled back, commits kept)");
        } else {
            Files.delete(pidFile);
            LauncherConsole.say("removed " + pidFile + " left by a killed ./shixian up (its PostgreSQL"
                    + pid.map(p -> ", pid " + p + ",").orElse("") + " is gone)");
        }
    }

    /** The first line of {@code postmaster.pid}; empty when a postmaster died while writing it. */
    private static Optional<Long> postmasterPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (NumberFormatException torn) {
            return Optional.empty();
        }
    }

    /**
     * Whether the process is a {@code postgres} whose working directory is {@code dataDir}: the
     * postmaster changes into its data directory. A pid taken over by anything else is not ours to stop.
     */
    private static boolean isPostmasterOf(ProcessHandle process, Path dataDir) {
        boolean postgres = process.info().command()
                .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
        if (!postgres || !process.isAlive()) {
            return false;
        }
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"))
                    .equals(dataDir.toRealPath());
        } catch (IOException | UnsupportedOperationException unreadable) {
            return false;
        }
    }

    /**
     * A fast shutdown, which is what SIGINT asks a postmaster for ({@code pg_ctl stop -m fast} does
     * the same, but refuses to run as root, and Zonky runs PostgreSQL as root through a user namespace).
     */
    private static void stop(ProcessHandle postmaster, Path dataDir) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).redirectErrorStream(true).start();
        String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = kill.waitFor();
        try {
            postmaster.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException stillRunning) {
            throw new StartRefused("PostgreSQL (pid " + postmaster.pid() + ") left running on " + dataDir
                    + " by a killed ./shixian up did not stop within " + STOP_SECONDS + " s of a fast shutdown (kill -INT"
                    + (exit == 0 ? "" : " failed: " + output) + "); stop it yourself and start again", stillRunning);
        }
    }
}
