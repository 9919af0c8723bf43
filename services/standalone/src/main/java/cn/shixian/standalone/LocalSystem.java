package cn.shixian.standalone;

import cn.shixian.alerting.AlertingServiceApplication;
import cn.shixian.deadline.DeadlineServiceApplication;
import cn.shixian.workbench.WorkbenchApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole of Shixian in one JVM: PostgreSQL, a Kafka broker, then both services pointed at
 * them. Stops in the reverse order; the services stop in parallel to stay within seconds. One
 * system per data directory, which it takes over from a killed launcher (see {@link #start}).
 */
final class LocalSystem implements AutoCloseable {

    private final LauncherLock lock;
    private final LocalPostgres postgres;
    private final LocalKafkaBroker kafka;
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private ConfigurableApplicationContext workbench;

    private LocalSystem(LocalSettings settings, LauncherLock lock) throws Exception {
        this.lock = lock;
        PortCheck.requireFree(settings.kafkaPort(), "Kafka");
        PortCheck.requireFree(settings.kafkaControllerPort(), "the Kafka controller");
        PortCheck.requireFree(settings.postgresPort(), "PostgreSQL");
        PortCheck.requireFree(settings.deadlinePort(), "deadline-service");
        PortCheck.requireFree(settings.alertingPort(), "alerting-service");
        PortCheck.requireFree(settings.workbenchPort(), "the workbench");
        postgres = new LocalPostgres(settings.postgresDir(), settings.postgresPort(), settings.durability());
        try {
            kafka = new LocalKafkaBroker(settings.kafkaDir(), settings.kafkaPort(), settings.kafkaControllerPort());
        } catch (Exception | Error failure) {
            // a postmaster runs outside this JVM: left running, it would hold the port after we exit
            postgres.close();
            throw failure;
        }
    }

    /**
     * Takes the data directory ({@link LauncherLock}: a second live launcher on it is refused),
     * clears what a killed launcher left there, then starts everything. Whatever started is
     * stopped again if a later part fails.
     */
    static LocalSystem start(LocalSettings settings) throws Exception {
        LauncherLock lock = LauncherLock.acquire(settings.dataDir());
        LocalSystem system = null;
        try {
            LeftoverPostgres.clear(settings.postgresDir());
            LeftoverKafka.clear(settings.kafkaDir());
            system = new LocalSystem(settings, lock);
            system.services.add(system.run(DeadlineServiceApplication.application(), settings.deadlinePort()));
            system.services.add(system.run(AlertingServiceApplication.application(), settings.alertingPort()));
            system.workbench = system.workbench(settings);
            system.services.add(system.workbench);
            return system;
        } catch (Exception | Error failure) {
            if (system != null) {
                system.close();
            } else {
                lock.close();
            }
            throw failure;
        }
    }

    /** The workbench's application, for tests that look at what it maps. */
    ConfigurableApplicationContext workbenchApplication() {
        return workbench;
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    /**
     * The workbench, pointed at both services. It shares this classpath with them but has no
     * database or broker of its own: their auto-configurations stay off.
     */
    private ConfigurableApplicationContext workbench(LocalSettings settings) {
        return WorkbenchApplication.application().run(concat(QUIET,
                LOCAL_USERS,
                "--server.port=" + settings.workbenchPort(),
                "--shixian.workbench.deadline-url=http://127.0.0.1:" + settings.deadlinePort(),
                "--shixian.workbench.alerting-url=http://127.0.0.1:" + settings.alertingPort(),
                "--spring.autoconfigure.exclude="
                        + "cn.shixian.web.ShixianProblemDetailsAutoConfiguration,"
                        + "cn.shixian.web.ShixianOpenApiAutoConfiguration,"
                        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                        + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration,"
                        + "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration,"
                        + "org.springframework.boot.kafka.autoconfigure.metrics.KafkaMetricsAutoConfiguration,"
                        + "org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration"));
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /**
     * A console for people: warnings, and what Shixian itself says. The broker runs in this JVM, so
     * its chatter (and the clients') stays out too; two services asking for __consumer_offsets at once
     * make the broker say so, harmlessly; Swagger UI and {noop} local users are meant for a local run;
     * one logging system serves every application here, so it cannot name the right one.
     */
    private static final String[] QUIET = {
            "--logging.level.root=WARN",
            "--logging.level.cn.shixian=INFO",
            "--logging.level.kafka=WARN",
            "--logging.level.org.apache.kafka=WARN",
            "--logging.level.state.change.logger=WARN",
            "--logging.level.kafka.server.DefaultAutoTopicCreationManager=ERROR",
            "--logging.level.org.springdoc=ERROR",
            "--logging.level.cn.shixian.web.ConfiguredUsers=ERROR",
            "--spring.main.banner-mode=off",
            "--logging.include-application-name=false"};

    /**
     * This is a local run: every part accepts the local users' {noop} passwords
     * (web-support's {@code shixian-local-users.yml}), which a service elsewhere refuses to start with.
     */
    private static final String LOCAL_USERS = "--shixian.security.local=true";

    private ConfigurableApplicationContext run(SpringApplicationBuilder service, int port) {
        // command-line arguments outrank every config file the service ships
        return service.run(concat(QUIET,
                LOCAL_USERS,
                // the workbench's templates share this classpath: the services answer in JSON only
                "--spring.thymeleaf.enabled=false",
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                // a local run wants to see obligations move within seconds, not a minute
                "--shixian.sweep.interval=15s"));
    }

    @Override
    public void close() throws Exception {
        CompletableFuture.allOf(services.stream()
                        .map(service -> CompletableFuture.runAsync(service::close))
                        .toArray(CompletableFuture[]::new))
                .join();
        try {
            kafka.close();
            postgres.close();
        } finally {
            lock.close();
        }
    }
}
