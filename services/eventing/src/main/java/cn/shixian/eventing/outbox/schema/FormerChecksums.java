package cn.shixian.eventing.outbox.schema;

import cn.shixian.eventing.outbox.schema.OutboxSchemaSettings.EditedMigration;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Realigns the recorded checksums of the service migrations the outbox DDL was taken out of, so a
 * database that ran them before still validates. Deliberately narrow, unlike {@code flyway repair}:
 * only the configured versions, only while the history still holds the checksum they had before the
 * edit; any other mismatch (someone changed an applied script) still stops the service.
 */
final class FormerChecksums {

    private static final Logger LOG = LoggerFactory.getLogger(FormerChecksums.class);

    private final Map<MigrationVersion, Integer> former;

    FormerChecksums(OutboxSchemaSettings settings) {
        this.former = settings.editedMigrations().stream().collect(Collectors.toUnmodifiableMap(
                edited -> MigrationVersion.fromVersion(edited.version()), EditedMigration::formerChecksum));
    }

    /** Updates the history of {@code service}'s schema; returns how many rows it realigned. */
    int realign(Flyway service) {
        if (former.isEmpty()) {
            return 0;
        }
        int realigned = 0;
        for (MigrationInfo migration : service.info().all()) {
            Integer formerChecksum = migration.getVersion() == null ? null : former.get(migration.getVersion());
            if (formerChecksum != null && migration.isApplied()
                    && formerChecksum.equals(migration.getAppliedChecksum())
                    && migration.getResolvedChecksum() != null
                    && !Objects.equals(migration.getResolvedChecksum(), formerChecksum)) {
                realigned += update(service.getConfiguration(), migration, formerChecksum);
            }
        }
        return realigned;
    }

    private static int update(Configuration service, MigrationInfo migration, int formerChecksum) {
        // the checksum in the where clause too: an instance starting at the same time may have done it
        int rows = new JdbcTemplate(service.getDataSource()).update(
                "update " + historyTable(service) + " set checksum = ? where installed_rank = ? and checksum = ?",
                migration.getResolvedChecksum(), migration.getInstalledRank(), formerChecksum);
        LOG.info("migration {} ({}) lost the outbox DDL to eventing: its recorded checksum {} is now {}",
                migration.getVersion(), migration.getDescription(), formerChecksum, migration.getResolvedChecksum());
        return rows;
    }

    /** The history table as Flyway finds it: in the default schema, else the first of its schemas. */
    private static String historyTable(Configuration service) {
        String schema = service.getDefaultSchema();
        if (schema == null && service.getSchemas().length > 0) {
            schema = service.getSchemas()[0];
        }
        return schema == null ? quoted(service.getTable()) : quoted(schema) + "." + quoted(service.getTable());
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
