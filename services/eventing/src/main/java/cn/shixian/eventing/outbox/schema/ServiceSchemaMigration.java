package cn.shixian.eventing.outbox.schema;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * How Spring Boot migrates a service's schema when the service uses eventing: the checksums of the
 * migrations the outbox DDL left are realigned, the service's own migrations run, then the outbox's.
 * <p>
 * After, not before: the service's Flyway creates the schema and expects to find it without tables
 * of anyone else's, and none of the service's migrations refers to the outbox any more. In one
 * initializer, so everything Spring orders after database initialization (JDBC templates, Quartz)
 * finds the outbox too.
 */
class ServiceSchemaMigration implements FlywayMigrationStrategy {

    private final FormerChecksums formerChecksums;

    ServiceSchemaMigration(FormerChecksums formerChecksums) {
        this.formerChecksums = formerChecksums;
    }

    @Override
    public void migrate(Flyway service) {
        formerChecksums.realign(service);
        service.migrate();
        OutboxTables.flywayFor(service.getConfiguration()).migrate();
    }
}
