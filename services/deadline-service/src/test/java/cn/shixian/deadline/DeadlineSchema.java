package cn.shixian.deadline;

import cn.shixian.testsupport.RealInfrastructure;
import cn.shixian.testsupport.SharedInfrastructure;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A schema of its own on the real PostgreSQL, migrated by Flyway step by step as the service does
 * on upgrade: for tests that prove a migration keeps the data it finds.
 */
public final class DeadlineSchema {

    private final String name;
    private final DriverManagerDataSource db;

    public DeadlineSchema(String prefix) {
        RealInfrastructure infrastructure = SharedInfrastructure.get();
        this.name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        this.db = new DriverManagerDataSource(infrastructure.jdbcUrl(), infrastructure.username(),
                infrastructure.password());
    }

    /** Migrates up to and including {@code version} ("latest" for all). */
    public DeadlineSchema migrateTo(String version) {
        Flyway.configure().dataSource(db).schemas(name).defaultSchema(name)
                .locations("classpath:db/migration/deadline").target(version).load().migrate();
        return this;
    }

    /** The schema's name, to qualify tables with. */
    public String name() {
        return name;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(db);
    }

    /** Connections that work in this schema, as the service's pool does ({@code spring.datasource.hikari.schema}). */
    public DataSource dataSource() {
        RealInfrastructure infrastructure = SharedInfrastructure.get();
        DriverManagerDataSource inSchema = new DriverManagerDataSource(infrastructure.jdbcUrl(),
                infrastructure.username(), infrastructure.password());
        inSchema.setSchema(name);
        return inSchema;
    }
}
