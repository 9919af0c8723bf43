package cn.shixian.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shixian.eventing.outbox.schema.OutboxSchemaConfiguration;
import cn.shixian.testsupport.RepositoryFiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code infra/postgres/roles.sql} on a PostgreSQL of its own (Zonky's embedded binaries): each service
 * migrates its schema as its own role, exactly as it does at start-up (its config file, its Flyway
 * and eventing's outbox migrations), then owns every table there; neither role can read, write or
 * create anything in the other's schema, in schema public, or a schema of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseRolesTest {

    private static final String DEADLINE_ROLE = "shixian_deadline";
    private static final String ALERTING_ROLE = "shixian_alerting";
    /** SQLSTATE insufficient_privilege. */
    private static final String DENIED = "42501";

    private EmbeddedPostgres postgres;

    @BeforeAll
    void applyTheRolesAndMigrateEachSchemaAsItsRole() throws Exception {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        String roles = Files.readString(RepositoryFiles.find("infra/postgres/roles.sql"));
        try (Connection superuser = connect("postgres"); Statement script = superuser.createStatement()) {
            script.execute(roles);
            script.execute(roles);  // it can be run again
        }
        migrate("deadline-service", DEADLINE_ROLE);
        migrate("alerting-service", ALERTING_ROLE);
    }

    @AfterAll
    void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void eachRoleOwnsEveryTableOfItsSchema() {
        assertThat(owners("deadline")).containsOnly(DEADLINE_ROLE);
        assertThat(tables("deadline")).contains("item_event", "obligation", "outbox", "flyway_schema_history");
        assertThat(owners("alerting")).containsOnly(ALERTING_ROLE);
        assertThat(tables("alerting")).contains("obligation", "alert", "outbox", "qrtz_job_details");
    }

    @Test
    void theAlertingRoleCannotReadAnyTableOfTheDeadlineSchemaNorTheOtherWayRound() throws Exception {
        assertEveryTableDenied(ALERTING_ROLE, "deadline");
        assertEveryTableDenied(DEADLINE_ROLE, "alerting");
    }

    @Test
    void eachRoleReadsAndWritesItsOwnSchema() throws Exception {
        for (String[] roleAndSchema : new String[][] {{DEADLINE_ROLE, "deadline"}, {ALERTING_ROLE, "alerting"}}) {
            try (Connection own = connect(roleAndSchema[0]); Statement sql = own.createStatement()) {
                String table = roleAndSchema[1] + ".role_check";
                sql.execute("create table " + table + " (n int)");
                sql.execute("insert into " + table + " values (1)");
                var read = sql.executeQuery("select count(*) from " + table + ", " + roleAndSchema[1] + ".outbox");
                read.next();
                assertThat(read.getInt(1)).isZero();
                sql.execute("drop table " + table);
            }
        }
    }

    @Test
    void neitherRoleCreatesAnythingOutsideItsSchema() throws Exception {
        for (String role : List.of(DEADLINE_ROLE, ALERTING_ROLE)) {
            String other = role.equals(DEADLINE_ROLE) ? "alerting" : "deadline";
            assertDenied(role, "create table " + other + ".sneaky (n int)");
            assertDenied(role, "create table public.sneaky (n int)");
            assertDenied(role, "create schema sneaky");
            assertDenied(role, "create temporary table sneaky (n int)");
        }
    }

    private void assertEveryTableDenied(String role, String schema) throws SQLException {
        List<String> tables = tables(schema);
        assertThat(tables).isNotEmpty();
        for (String table : tables) {
            assertDenied(role, "select * from " + schema + "." + table + " limit 1");
            assertDenied(role, "delete from " + schema + "." + table);
        }
    }

    private void assertDenied(String role, String statement) throws SQLException {
        try (Connection connection = connect(role); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.execute(statement)).as("%s: %s", role, statement)
                    .isInstanceOfSatisfying(SQLException.class, denied -> assertThat(denied.getSQLState()).isEqualTo(DENIED));
        }
    }

    /** The service's own migration at start-up: its config file's Flyway settings, then the outbox's. */
    private void migrate(String configName, String role) {
        new SpringApplicationBuilder(SchemaOnly.class).web(WebApplicationType.NONE)
                .properties("spring.config.name=" + configName).run(
                        // no user in the URL: the driver would take it over the username below
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                        "--spring.datasource.username=" + role, "--spring.datasource.password=",
                        "--spring.main.banner-mode=off")
                .close();
    }

    private List<String> owners(String schema) {
        return jdbc().sql("select distinct tableowner from pg_tables where schemaname = ?").param(schema)
                .query(String.class).list();
    }

    private List<String> tables(String schema) {
        return jdbc().sql("select tablename from pg_tables where schemaname = ? order by tablename").param(schema)
                .query(String.class).list();
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(new DriverManagerDataSource(postgres.getJdbcUrl("postgres", "postgres")));
    }

    private Connection connect(String role) throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl(role, "postgres"));
    }

    /** A data source and Flyway, migrated as the service does: nothing else of the service starts. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    @Import(OutboxSchemaConfiguration.class)
    static class SchemaOnly {
    }
}
