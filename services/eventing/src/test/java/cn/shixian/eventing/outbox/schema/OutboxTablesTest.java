package cn.shixian.eventing.outbox.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shixian.eventing.ScratchSchema;
import cn.shixian.eventing.outbox.schema.OutboxSchemaSettings.EditedMigration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox migrates from the eventing jar, after the service's own migrations, into whatever a
 * database of an earlier version holds: nothing (a new database), the row-per-record outbox the
 * services' V2 made, or the row-per-transaction outbox their V5/V7 turned it into. Every path ends
 * with the same table, and records waiting in it stay. Real PostgreSQL, migrated by Flyway.
 */
class OutboxTablesTest {

    private static final String BEFORE = "classpath:db/test-service/before";
    private static final String AFTER = "classpath:db/test-service/after";
    private static final String OLD_OUTBOX = "db/before-issue-18/outbox_by_record.sql";
    private static final String OLD_CONVERSION = "db/before-issue-18/outbox_rows_per_transaction.sql";

    @Test
    void aNewSchemaGetsExactlyTheOutboxTheServicesOldMigrationsMade() {
        ScratchSchema fresh = new ScratchSchema("outbox_fresh");
        migration().migrate(fresh.flyway().locations(AFTER).load());
        ScratchSchema old = new ScratchSchema("outbox_old").run(OLD_OUTBOX).run(OLD_CONVERSION);

        assertThat(describeOutbox(fresh)).isEqualTo(describeOutbox(old)).contains(
                "column payloads ARRAY _bytea NO - storage e",
                "sequence outbox_id_seq1 owned by outbox.id");
        assertThat(fresh.jdbc().queryForList("select table_name from information_schema.tables"
                + " where table_schema = current_schema() order by table_name", String.class))
                .containsExactly("flyway_outbox_history", "flyway_schema_history", "other_thing", "outbox", "thing");
    }

    @Test
    void anOutboxTheServicesAlreadyConvertedKeepsTheRecordsWaitingInIt() {
        ScratchSchema db = new ScratchSchema("outbox_converted").run(OLD_OUTBOX).run(OLD_CONVERSION);
        db.jdbc().update("insert into outbox (topics, record_keys, payloads, headers, created_at) values"
                + " (array['disclosure.deadlines', 'disclosure.deadlines'], array['item-1', 'item-1'],"
                + " array['first'::bytea, 'second'::bytea], array['{}', '{}'], now())");

        db.withOutbox();

        assertThat(rows(db.jdbc())).containsExactly(
                "[disclosure.deadlines, disclosure.deadlines] [item-1, item-1] [first, second] [{}, {}]");
        assertThat(db.jdbc().queryForList("select version || ' ' || type || ' ' || success from "
                + OutboxTables.HISTORY_TABLE + " order by installed_rank", String.class))
                .containsExactly("0 BASELINE true", "1 SQL true", "2 SQL true");
    }

    @Test
    void anOutboxStillInTheRecordLayoutMovesOverInOrderWithKeysAndHeaders() {
        ScratchSchema db = new ScratchSchema("outbox_by_record").run(OLD_OUTBOX);
        db.jdbc().update("insert into outbox (topic, record_key, payload, headers, created_at)"
                + " values ('disclosure.deadlines', 'item-1', 'first'::bytea, '{}', now()),"
                + " ('disclosure.items.DLT', null, 'second'::bytea, '{\"shixian-dlt-reason\": \"not-json\"}', now())");

        db.withOutbox();

        assertThat(rows(db.jdbc())).containsExactly(
                "[disclosure.deadlines] [item-1] [first] [{}]",
                "[disclosure.items.DLT] [null] [second] [{\"shixian-dlt-reason\": \"not-json\"}]");
        assertThat(db.jdbc().queryForObject("select to_regclass('outbox_by_record')::text", String.class))
                .as("the old table is gone").isNull();
    }

    @Test
    void theEditedMigrationOfADatabaseThatRanItBeforeIsRealignedAndNothingElse() {
        ScratchSchema db = new ScratchSchema("outbox_edited");
        db.flyway().locations(BEFORE).load().migrate();
        db.jdbc().update("insert into outbox (topic, record_key, payload, created_at)"
                + " values ('disclosure.alerts', 'item-9', 'waiting'::bytea, now())");
        Integer unedited = checksum(db, "2");
        Flyway after = db.flyway().locations(AFTER).load();

        int former = checksum(db, "1");
        Integer edited = Arrays.stream(after.info().all())
                .filter(m -> m.getVersion() != null && m.getVersion().getVersion().equals("1")).findFirst().orElseThrow().getResolvedChecksum();

        migration(new EditedMigration("1", former)).migrate(after);

        assertThat(checksum(db, "1")).as("realigned to the edited script").isEqualTo(edited).isNotEqualTo(former);
        assertThat(checksum(db, "2")).as("not edited, not touched").isEqualTo(unedited);
        assertThat(after.validateWithResult().validationSuccessful).isTrue();
        assertThat(rows(db.jdbc())).containsExactly("[disclosure.alerts] [item-9] [waiting] [{}]");
    }

    @Test
    void anEditNobodyDeclaredStillStopsTheService() {
        ScratchSchema db = new ScratchSchema("outbox_undeclared");
        db.flyway().locations(BEFORE).load().migrate();
        int former = checksum(db, "1");

        Flyway after = db.flyway().locations(AFTER).load();
        assertThatThrownBy(() -> migration(new EditedMigration("2", checksum(db, "2"))).migrate(after))
                .as("another version declared").isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("checksum mismatch");
        assertThatThrownBy(() -> migration(new EditedMigration("1", former + 1)).migrate(after))
                .as("a checksum the script never had").isInstanceOf(FlywayValidateException.class);
        assertThat(checksum(db, "1")).isEqualTo(former);
    }

    private static ServiceSchemaMigration migration(EditedMigration... edited) {
        return new ServiceSchemaMigration(new FormerChecksums(new OutboxSchemaSettings(List.of(edited))));
    }

    private static Integer checksum(ScratchSchema db, String version) {
        return db.jdbc().queryForObject("select checksum from flyway_schema_history where version = ?",
                Integer.class, version);
    }

    /** The outbox's columns, storage, constraints and sequence, with the schema's name left out. */
    private static List<String> describeOutbox(ScratchSchema db) {
        JdbcTemplate server = db.server();
        String table = db.name() + ".outbox";
        List<String> shape = new ArrayList<>(server.queryForList("""
                select 'column ' || c.column_name || ' ' || c.data_type || ' ' || c.udt_name || ' '
                       || c.is_nullable || ' ' || coalesce(c.column_default, '-') || ' storage ' || a.attstorage::text
                from information_schema.columns c
                join pg_attribute a on a.attrelid = ?::regclass and a.attname = c.column_name
                where c.table_schema = ? and c.table_name = 'outbox' order by c.ordinal_position""",
                String.class, table, db.name()));
        shape.addAll(server.queryForList("select 'constraint ' || pg_get_constraintdef(oid) from pg_constraint"
                + " where conrelid = ?::regclass order by conname", String.class, table));
        shape.addAll(server.queryForList("""
                select 'sequence ' || s.relname || ' owned by ' || t.relname || '.' || a.attname
                from pg_depend d
                join pg_class s on s.oid = d.objid and s.relkind = 'S'
                join pg_class t on t.oid = d.refobjid
                join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
                where t.oid = ?::regclass""", String.class, table));
        return shape.stream().map(line -> line.replace(db.name() + ".", "")).toList();
    }

    private static List<String> rows(JdbcTemplate jdbc) {
        return jdbc.query("select topics, record_keys, payloads, headers from outbox order by id",
                (rs, i) -> Arrays.toString((String[]) rs.getArray(1).getArray()) + " "
                        + Arrays.toString((String[]) rs.getArray(2).getArray()) + " "
                        + Arrays.stream((byte[][]) rs.getArray(3).getArray())
                                .map(payload -> new String(payload, StandardCharsets.UTF_8)).toList() + " "
                        + Arrays.toString((String[]) rs.getArray(4).getArray()));
    }
}
