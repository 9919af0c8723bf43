package cn.shixian.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A service started while its PostgreSQL is down (or still recovering from a crash) waits for it and
 * migrates once it is there, instead of exiting: {@code spring.flyway.connect-retries} in eventing's
 * {@code shixian-eventing.yml}, which both services import. Found by infra/cluster's fault test: a
 * deadline-service instance restarted while PostgreSQL restarted failed with "the database system is
 * not yet accepting connections" and never came back.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseLateAtStartTest {

    @ParameterizedTest
    @ValueSource(strings = {"deadline-service", "alerting-service"})
    void aServiceStartedBeforeItsDatabaseWaitsAndMigratesOnceItIsUp(String service, CapturedOutput output) throws Exception {
        int port = freePort();
        String schema = service.replace("-service", "");
        CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(() ->
                new SpringApplicationBuilder(DatabaseRolesTest.SchemaOnly.class).web(WebApplicationType.NONE)
                        .properties("spring.config.name=" + service).run(
                                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                                "--spring.main.banner-mode=off"));

        // the service has tried and failed at least once, and is still starting
        await().atMost(Duration.ofSeconds(60)).until(() -> output.getAll().contains("Retrying in") || started.isDone());
        assertThat(started).isNotDone();

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(port).setRegisterShutdownHook(false).start();
             ConfigurableApplicationContext context = started.get()) {
            assertThat(context.isActive()).isTrue();
            assertThat(JdbcClient.create(new DriverManagerDataSource(postgres.getJdbcUrl("postgres", "postgres")))
                    .sql("select count(*) from pg_tables where schemaname = ? and tablename in ('obligation', 'outbox')")
                    .param(schema).query(Long.class).single()).isEqualTo(2);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
