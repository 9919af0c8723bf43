package cn.shixian.standalone;

import cn.shixian.standalone.demo.DemoStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./shixian up}: starts the whole system locally and serves until Ctrl-C or SIGTERM. */
@Command(name = "shixian up", mixinStandardHelpOptions = true,
        description = "Runs Kafka (KRaft, in-process), PostgreSQL (embedded) and both Shixian services in one JVM.")
public final class ShixianUp implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Kafka log dir and PostgreSQL data dir live here and survive a restart (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of(System.getProperty("user.home"), ".shixian");

    @Option(names = "--no-demo", description = "Do not play the demo stream of sample catalog changes.")
    boolean noDemo;

    @Option(names = "--no-fsync", description = "For benchmarks only: PostgreSQL without fsync and synchronous commit."
            + " An OS crash or power cut can then lose acknowledged events and corrupt the data directory.")
    boolean noFsync;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "Kafka listener on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--kafka-controller-port", defaultValue = "9093", description = "KRaft controller listener (default: ${DEFAULT-VALUE}).")
    int kafkaControllerPort;

    @Option(names = "--postgres-port", defaultValue = "5433", description = "PostgreSQL on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int postgresPort;

    @Option(names = "--deadline-port", defaultValue = "8081", description = "HTTP port of deadline-service (default: ${DEFAULT-VALUE}).")
    int deadlinePort;

    @Option(names = "--alerting-port", defaultValue = "8082", description = "HTTP port of alerting-service (default: ${DEFAULT-VALUE}).")
    int alertingPort;

    @Option(names = "--workbench-port", defaultValue = "8080", description = "HTTP port of the officers' workbench (default: ${DEFAULT-VALUE}).")
    int workbenchPort;

    public static void main(String[] args) {
        quietUntilSpringConfiguresLogging();
        System.exit(new CommandLine(new ShixianUp())
                .setExecutionExceptionHandler(ShixianUp::refusedInOneLine)
                .execute(args));
    }

    @Override
    public Integer call() throws Exception {
        LocalSettings settings = new LocalSettings(dataDir.toAbsolutePath(), kafkaPort, kafkaControllerPort,
                postgresPort, deadlinePort, alertingPort, workbenchPort, !noDemo,
                noFsync ? Durability.NO_FSYNC : Durability.DURABLE);
        LocalSystem system = LocalSystem.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<DemoStream> playing = new AtomicReference<>();
        // before the demo: should it fail, System.exit still stops PostgreSQL, which runs outside this JVM
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Optional.ofNullable(playing.get()).ifPresent(DemoStream::close);
            stop(system, stopped);
        }, "shixian-stop"));
        Optional<DemoStream> demo = settings.demo()
                ? DemoStream.play(system.kafkaBootstrapServers(), Clock.systemUTC(),
                settings.dataDir().resolve("demo-played")) : Optional.empty();
        demo.ifPresent(playing::set);
        System.out.println(Banner.of(settings, system, demo.map(DemoStream::summary)));
        stopped.await();
        return 0;
    }

    /** A {@link StartRefused} is meant for people: its message, without the stack trace. */
    private static int refusedInOneLine(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        if (failure instanceof StartRefused refused) {
            System.err.println("shixian: " + refused.getMessage());
        } else {
            failure.printStackTrace(System.err);
        }
        return 1;
    }

    /**
     * PostgreSQL's initdb and the broker's configuration dump log at INFO before any Spring context
     * has set levels (logback's default is DEBUG): warnings only until then.
     */
    private static void quietUntilSpringConfiguresLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static void stop(LocalSystem system, CountDownLatch stopped) {
        long start = System.nanoTime();
        try {
            system.close();
        } catch (Exception e) {
            System.err.println("shixian: error while stopping: " + e);
        }
        System.out.printf("shixian: stopped in %.1f s%n", (System.nanoTime() - start) / 1e9);
        stopped.countDown();
    }
}
