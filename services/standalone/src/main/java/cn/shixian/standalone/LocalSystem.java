package cn.shixian.standalone;

import cn.shixian.alerting.AlertingServiceApplication;
import cn.shixian.deadline.DeadlineServiceApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole of Shixian in one JVM: PostgreSQL, a Kafka broker, then both services pointed at
 * them. Stops in the reverse order; the services stop in parallel to stay within seconds.
 */
final class LocalSystem implements AutoCloseable {

    private final LocalPostgres postgres;
    private final LocalKafkaBroker kafka;
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();

    private LocalSystem(LocalSettings settings) throws Exception {
        PortCheck.requireFree(settings.kafkaPort(), "Kafka");
        PortCheck.requireFree(settings.kafkaControllerPort(), "the Kafka controller");
        PortCheck.requireFree(settings.postgresPort(), "PostgreSQL");
        PortCheck.requireFree(settings.deadlinePort(), "deadline-service");
        PortCheck.requireFree(settings.alertingPort(), "alerting-service");
        postgres = new LocalPostgres(settings.postgresDir(), settings.postgresPort());
        kafka = new LocalKafkaBroker(settings.kafkaDir(), settings.kafkaPort(), settings.kafkaControllerPort());
    }

    static LocalSystem start(LocalSettings settings) throws Exception {
        LocalSystem system = new LocalSystem(settings);
        try {
            system.services.add(system.run(DeadlineServiceApplication.application(), settings.deadlinePort()));
            system.services.add(system.run(AlertingServiceApplication.application(), settings.alertingPort()));
        } catch (RuntimeException failure) {
            system.close();
            throw failure;
        }
        return system;
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    private ConfigurableApplicationContext run(SpringApplicationBuilder service, int port) {
        // command-line arguments outrank every config file the service ships
        return service.run(
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                // a local run wants to see obligations move within seconds, not a minute
                "--shixian.sweep.interval=15s",
                // a console for people: warnings, and what Shixian itself says; the broker runs in
                // this JVM, so its chatter (and the clients') stays out too
                "--logging.level.root=WARN",
                "--logging.level.cn.shixian=INFO",
                "--logging.level.kafka=WARN",
                "--logging.level.org.apache.kafka=WARN",
                "--logging.level.state.change.logger=WARN",
                // two services asking for __consumer_offsets at once: the broker says so, harmlessly
                "--logging.level.kafka.server.DefaultAutoTopicCreationManager=ERROR",
                // known and meant for a local run: Swagger UI on, {noop} local users
                "--logging.level.org.springdoc=ERROR",
                "--logging.level.cn.shixian.web.ConfiguredUsers=ERROR",
                "--spring.main.banner-mode=off",
                // one logging system serves both services here, so it cannot name the right one
                "--logging.include-application-name=false");
    }

    @Override
    public void close() throws Exception {
        CompletableFuture.allOf(services.stream()
                        .map(service -> CompletableFuture.runAsync(service::close))
                        .toArray(CompletableFuture[]::new))
                .join();
        kafka.close();
        postgres.close();
    }
}
