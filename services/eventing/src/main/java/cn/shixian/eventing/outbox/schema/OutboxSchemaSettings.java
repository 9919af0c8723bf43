package cn.shixian.eventing.outbox.schema;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What eventing must know of a service's own migrations to migrate the outbox beside them.
 *
 * @param editedMigrations the service's migrations the outbox DDL was taken out of when eventing
 *                         took the outbox over; a database that ran them before records the
 *                         checksums they had then
 */
@ConfigurationProperties("shixian.outbox.schema")
public record OutboxSchemaSettings(List<EditedMigration> editedMigrations) {

    public OutboxSchemaSettings {
        editedMigrations = editedMigrations == null ? List.of() : List.copyOf(editedMigrations);
    }

    /**
     * One migration whose script changed after it had been applied somewhere.
     *
     * @param version        its version, e.g. {@code 2}
     * @param formerChecksum the Flyway checksum of the script as it was applied before the edit
     */
    public record EditedMigration(String version, int formerChecksum) {
    }
}
