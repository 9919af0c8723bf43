package cn.shixian.deadline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.testsupport.RealInfrastructure;
import cn.shixian.testsupport.SharedInfrastructure;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V5 changes the outbox from a row per record to a row per transaction: records still waiting
 * when the service is upgraded must move over, in the order they would have been sent, with key
 * and headers intact (a real PostgreSQL, migrated by Flyway as the service does).
 */
class OutboxMigrationTest {

    @Test
    void records_waiting_in_the_old_layout_move_over_in_order() {
        RealInfrastructure infrastructure = SharedInfrastructure.get();
        String schema = "outbox_migration_" + UUID.randomUUID().toString().substring(0, 8);
        DriverManagerDataSource db = new DriverManagerDataSource(infrastructure.jdbcUrl(), infrastructure.username(),
                infrastructure.password());
        JdbcTemplate jdbc = new JdbcTemplate(db);
        flyway(db, schema, "4").migrate();
        jdbc.update("insert into " + schema + ".outbox (topic, record_key, payload, headers, created_at)"
                + " values ('disclosure.deadlines', 'item-1', 'first'::bytea, '{}', now()),"
                + " ('disclosure.items.DLT', null, 'second'::bytea, '{\"shixian-dlt-reason\": \"not-json\"}', now())");

        flyway(db, schema, "latest").migrate();

        List<String> rows = jdbc.query("select topics, record_keys, payloads, headers from " + schema
                + ".outbox order by id", (rs, i) -> Arrays.toString((String[]) rs.getArray(1).getArray()) + " "
                + Arrays.toString((String[]) rs.getArray(2).getArray()) + " "
                + new String(((byte[][]) rs.getArray(3).getArray())[0], StandardCharsets.UTF_8) + " "
                + Arrays.toString((String[]) rs.getArray(4).getArray()));
        assertThat(rows).containsExactly(
                "[disclosure.deadlines] [item-1] first [{}]",
                "[disclosure.items.DLT] [null] second [{\"shixian-dlt-reason\": \"not-json\"}]");
        assertThat(jdbc.queryForObject("select to_regclass(?)::text", String.class, schema + ".outbox_by_record"))
                .as("the old table is gone").isNull();
    }

    private static Flyway flyway(DriverManagerDataSource db, String schema, String target) {
        return Flyway.configure().dataSource(db).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/migration/deadline").target(target).load();
    }
}
