package cn.shixian.deadline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.deadline.DeadlineSchema;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V5 changes the outbox from a row per record to a row per transaction: records still waiting
 * when the service is upgraded must move over, in the order they would have been sent, with key
 * and headers intact (a real PostgreSQL, migrated by Flyway as the service does).
 */
class OutboxMigrationTest {

    @Test
    void records_waiting_in_the_old_layout_move_over_in_order() {
        DeadlineSchema db = new DeadlineSchema("outbox_migration").migrateTo("4");
        String schema = db.name();
        JdbcTemplate jdbc = db.jdbc();
        jdbc.update("insert into " + schema + ".outbox (topic, record_key, payload, headers, created_at)"
                + " values ('disclosure.deadlines', 'item-1', 'first'::bytea, '{}', now()),"
                + " ('disclosure.items.DLT', null, 'second'::bytea, '{\"shixian-dlt-reason\": \"not-json\"}', now())");

        db.migrateTo("latest");

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
}
