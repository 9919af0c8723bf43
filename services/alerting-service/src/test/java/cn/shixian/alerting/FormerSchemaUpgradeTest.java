package cn.shixian.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.Topic;
import cn.shixian.eventing.outbox.schema.OutboxTables;
import cn.shixian.testsupport.FormerMigrations;
import cn.shixian.testsupport.RealInfrastructure;
import cn.shixian.testsupport.RealInfrastructureInitializer;
import cn.shixian.testsupport.SharedInfrastructure;
import cn.shixian.testsupport.TopicProbe;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database that ran the migrations of before issue 18 (the outbox DDL in V2 and V7, copies in
 * src/test/resources/db/before-issue-18) starts today's service: V2 and V7 validate (their former
 * checksums realigned), the outbox migrates from eventing, and the records waiting in it leave.
 */
class FormerSchemaUpgradeTest {

    private static final String FORMER = FormerMigrations.location("db/migration/alerting", "db/before-issue-18/alerting");

    private final String schema = "alerting_former_" + UUID.randomUUID().toString().substring(0, 8);
    private final String key = "former-" + UUID.randomUUID();
    private final RealInfrastructure infrastructure = SharedInfrastructure.get();
    private final DriverManagerDataSource db = new DriverManagerDataSource(infrastructure.jdbcUrl(),
            infrastructure.username(), infrastructure.password());
    private final JdbcTemplate jdbc = new JdbcTemplate(db);

    @Test
    void aDatabaseMigratedToTheLastFormerVersionStartsAndRelaysWhatWaitsInItsOutbox() {
        former().load().migrate();
        jdbc.update("insert into " + schema + ".outbox (topics, record_keys, payloads, headers, created_at) values"
                + " (array['" + Topic.DEADLINES.deadLetterTopicName() + "'], array[?], array['waiting since V7'::bytea],"
                + " array['{\"shixian-dlt-reason\": \"not-json\"}'], now())", key);

        startsAndRelaysTheWaitingRecord();
    }

    @Test
    void aDatabaseMigratedBeforeV7StartsAndRelaysWhatWaitsInItsRowPerRecordOutbox() {
        former().target("6").load().migrate();
        jdbc.update("insert into " + schema + ".outbox (topic, record_key, payload, headers, created_at) values"
                + " ('" + Topic.DEADLINES.deadLetterTopicName() + "', ?, 'waiting since V7'::bytea,"
                + " '{\"shixian-dlt-reason\": \"not-json\"}', now())", key);

        startsAndRelaysTheWaitingRecord();
    }

    private void startsAndRelaysTheWaitingRecord() {
        try (TopicProbe deadLetters = TopicProbe.of(Topic.DEADLINES.deadLetterTopicName());
             ConfigurableApplicationContext service = start()) {
            ConsumerRecord<String, byte[]> relayed = deadLetters.awaitKey(key, 1).getFirst();
            assertThat(TopicProbe.value(relayed)).isEqualTo("waiting since V7");
            assertThat(TopicProbe.header(relayed, "shixian-dlt-reason")).isEqualTo("not-json");

            Flyway today = service.getBean(Flyway.class);
            assertThat(today.validateWithResult().validationSuccessful).as("V2 and V7 validate").isTrue();
            assertThat(jdbc.queryForList("select version from " + schema + "." + OutboxTables.HISTORY_TABLE
                    + " where success order by installed_rank", String.class)).containsExactly("0", "1", "2");
        }
    }

    private FluentConfiguration former() {
        return Flyway.configure().dataSource(db).schemas(schema).defaultSchema(schema).locations(FORMER);
    }

    private ConfigurableApplicationContext start() {
        return AlertingServiceApplication.application()
                .initializers(new RealInfrastructureInitializer())
                .run("--server.port=0",
                        "--spring.kafka.consumer.group-id=former-" + UUID.randomUUID(),
                        "--spring.kafka.listener.auto-startup=false",
                        "--spring.datasource.hikari.schema=" + schema,
                        "--spring.flyway.schemas=" + schema,
                        "--spring.flyway.default-schema=" + schema,
                        "--shixian.outbox.poll-interval=100ms",
                        "--shixian.sweep.interval=3650d",
                        "--spring.jmx.enabled=false");
    }
}
