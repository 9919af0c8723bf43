package cn.shixian.eventing;

import cn.shixian.eventing.outbox.schema.OutboxTables;
import cn.shixian.testsupport.RealInfrastructure;
import cn.shixian.testsupport.SharedInfrastructure;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A schema of its own on the shared real PostgreSQL, as a service has one: tests on it never see
 * another test's outbox or relay lock. Not created until something migrates or runs a script in it.
 */
public final class ScratchSchema {

    private final String name;
    private final DriverManagerDataSource dataSource;
    private final DriverManagerDataSource server;

    public ScratchSchema(String prefix) {
        RealInfrastructure infrastructure = SharedInfrastructure.get();
        this.name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        this.server = new DriverManagerDataSource(infrastructure.jdbcUrl(), infrastructure.username(),
                infrastructure.password());
        this.dataSource = new DriverManagerDataSource(infrastructure.jdbcUrl(), infrastructure.username(),
                infrastructure.password());
        // every connection works in this schema, as a service's pool does (spring.datasource.hikari.schema)
        dataSource.setSchema(name);
    }

    public String name() {
        return name;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Connections in this schema. */
    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    /** Connections to the server, in no schema in particular: to qualify names with {@link #name()}. */
    public JdbcTemplate server() {
        return new JdbcTemplate(server);
    }

    /** A Flyway configured on this schema as Spring Boot configures a service's. */
    public FluentConfiguration flyway() {
        return Flyway.configure().dataSource(dataSource).schemas(name).defaultSchema(name);
    }

    /** Migrates the outbox tables into this schema, as a service does at start-up. */
    public ScratchSchema withOutbox() {
        OutboxTables.flywayFor(flyway()).migrate();
        return this;
    }

    /** Runs a SQL script from the test classpath in this schema (created if need be). */
    public ScratchSchema run(String script) {
        server().execute("create schema if not exists " + name);
        jdbc().execute((java.sql.Connection connection) -> {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(script));
            return null;
        });
        return this;
    }
}
