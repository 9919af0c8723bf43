package cn.shixian.eventing.outbox.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * The tables eventing owns in every service's schema (today: {@code outbox}), migrated by a Flyway
 * of their own from this jar, with a history table of their own, so no service copies their DDL.
 */
public final class OutboxTables {

    /** Where the outbox migrations live, inside the eventing jar. */
    public static final String LOCATION = "classpath:db/eventing/outbox";
    /** The outbox's Flyway history, beside the service's {@code flyway_schema_history}. */
    public static final String HISTORY_TABLE = "flyway_outbox_history";

    private OutboxTables() {
    }

    /**
     * A Flyway for the outbox tables in the schema that {@code service} migrates, on its data source.
     * The schema is never empty when it runs (the service's migrations ran first, and databases of
     * earlier versions hold an outbox their migrations made): it starts its history with a baseline
     * at version 0, so that every outbox migration still runs; they keep what they find.
     */
    public static Flyway flywayFor(Configuration service) {
        return Flyway.configure(OutboxTables.class.getClassLoader())
                .dataSource(service.getDataSource())
                .schemas(service.getSchemas())
                .defaultSchema(service.getDefaultSchema())
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("<< beside the service migrations >>")
                .load();
    }
}
