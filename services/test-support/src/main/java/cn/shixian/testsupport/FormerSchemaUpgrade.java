package cn.shixian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A service started on a database that ran its migrations of before issue 18 (the outbox DDL in its
 * own V2 and in a later version, copies under src/test/resources/db/before-issue-18): the edited
 * versions validate (their former checksums realigned), the outbox migrates from eventing, and a
 * record waiting in it leaves. Each service's {@code FormerSchemaUpgradeTest} says which service,
 * which versions and which topic.
 */
public final class FormerSchemaUpgrade {

    /** What differs between the services. */
    public record Service(String name, SpringApplicationBuilder application, String lastOutboxVersion,
                          String deadLetterTopic, String outboxHistoryTable, List<String> extraArguments) {
    }

    private final Service service;
    private final String schema;
    private final String key = "former-" + UUID.randomUUID();
    private final DriverManagerDataSource db;
    private final JdbcTemplate jdbc;

    public FormerSchemaUpgrade(Service service) {
        this.service = service;
        this.schema = service.name() + "_former_" + UUID.randomUUID().toString().substring(0, 8);
        RealInfrastructure infrastructure = SharedInfrastructure.get();
        this.db = new DriverManagerDataSource(infrastructure.jdbcUrl(), infrastructure.username(),
                infrastructure.password());
        this.jdbc = new JdbcTemplate(db);
    }

    /** Migrates with every former version, leaves a record in the outbox, starts the service, sees it leave. */
    public void fromTheLastFormerVersion() {
        former().load().migrate();
        jdbc.update("insert into " + schema + ".outbox (topics, record_keys, payloads, headers, created_at) values"
                + " (array['" + service.deadLetterTopic() + "'], array[?], array[?::bytea],"
                + " array['{\"shixian-dlt-reason\": \"not-json\"}'], now())", key, waiting());
        startsAndRelaysTheWaitingRecord();
    }

    /** The same from before the version that made the outbox one row per transaction. */
    public void fromBeforeTheOutboxHeldRowsPerTransaction() {
        int before = Integer.parseInt(service.lastOutboxVersion()) - 1;
        former().target(String.valueOf(before)).load().migrate();
        jdbc.update("insert into " + schema + ".outbox (topic, record_key, payload, headers, created_at) values"
                + " ('" + service.deadLetterTopic() + "', ?, ?::bytea, '{\"shixian-dlt-reason\": \"not-json\"}', now())",
                key, waiting());
        startsAndRelaysTheWaitingRecord();
    }

    private void startsAndRelaysTheWaitingRecord() {
        try (TopicProbe deadLetters = TopicProbe.of(service.deadLetterTopic());
             ConfigurableApplicationContext started = start()) {
            ConsumerRecord<String, byte[]> relayed = deadLetters.awaitKey(key, 1).getFirst();
            assertThat(TopicProbe.value(relayed)).isEqualTo(waiting());
            assertThat(TopicProbe.header(relayed, "shixian-dlt-reason")).isEqualTo("not-json");

            Flyway today = started.getBean(Flyway.class);
            assertThat(today.validateWithResult().validationSuccessful)
                    .as("V2 and V" + service.lastOutboxVersion() + " validate").isTrue();
            assertThat(jdbc.queryForList("select version from " + schema + "." + service.outboxHistoryTable()
                    + " where success order by installed_rank", String.class)).containsExactly("0", "1", "2");
        }
    }

    private String waiting() {
        return "waiting since V" + service.lastOutboxVersion();
    }

    private FluentConfiguration former() {
        String location = FormerMigrations.location("db/migration/" + service.name(), "db/before-issue-18/" + service.name());
        return Flyway.configure().dataSource(db).schemas(schema).defaultSchema(schema).locations(location);
    }

    private ConfigurableApplicationContext start() {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.kafka.consumer.group-id=former-" + UUID.randomUUID(),
                "--spring.kafka.listener.auto-startup=false",
                "--spring.datasource.hikari.schema=" + schema,
                "--spring.flyway.schemas=" + schema,
                "--spring.flyway.default-schema=" + schema,
                "--shixian.outbox.poll-interval=100ms",
                "--spring.jmx.enabled=false"));
        arguments.addAll(service.extraArguments());
        return service.application().initializers(new RealInfrastructureInitializer()).run(arguments.toArray(String[]::new));
    }
}
