package cn.shixian.standalone;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./shixian up --no-demo} in a JVM of its own, on the test classpath (the jar is built
 * only after the tests), on free ports, logging to a file: a launcher that can be killed the way
 * the OOM killer or a power cut kills it.
 */
final class LauncherProcess implements AutoCloseable {

    private static final Duration START_PATIENCE = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;
    final int kafkaPort;
    final int postgresPort;

    private LauncherProcess(Process process, Path log, int kafkaPort, int postgresPort) {
        this.process = process;
        this.log = log;
        this.kafkaPort = kafkaPort;
        this.postgresPort = postgresPort;
    }

    /** Starts a launcher on {@code dataDir} and waits for its banner. */
    static LauncherProcess up(Path dataDir, Path log) throws IOException, InterruptedException {
        int kafkaPort = freePort();
        int postgresPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                ShixianUp.class.getName(), "--no-demo", "--data-dir", dataDir.toString(),
                "--kafka-port", "" + kafkaPort, "--kafka-controller-port", "" + freePort(),
                "--postgres-port", "" + postgresPort, "--deadline-port", "" + freePort(),
                "--alerting-port", "" + freePort(), "--workbench-port", "" + freePort()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LauncherProcess launcher = new LauncherProcess(process, log, kafkaPort, postgresPort);
        try {
            await().atMost(START_PATIENCE).pollInterval(Duration.ofMillis(250)).until(launcher::isUp);
        } catch (RuntimeException notUp) {
            launcher.close();
            throw new AssertionError("./shixian up did not come up:\n" + launcher.log(), notUp);
        }
        return launcher;
    }

    private boolean isUp() {
        if (!process.isAlive()) {
            throw new AssertionError("./shixian up ended with " + process.exitValue() + ":\n" + log());
        }
        return log().contains("Stop with Ctrl-C.");
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + LocalPostgres.DATABASE;
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook runs, PostgreSQL (a process of its own) is left behind. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, as Ctrl-C: the launcher's shutdown hook stops everything. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
