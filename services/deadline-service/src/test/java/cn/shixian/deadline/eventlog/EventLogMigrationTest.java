package cn.shixian.deadline.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.deadline.DeadlineSchema;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V17 partitions an event log that already holds events by the month of each one's own time: every
 * row comes over exactly, in the month of its time in UTC (or of its reception when it has none, as
 * events logged before V4 may), ids still compared byte by byte, and a redelivery still recognised.
 */
class EventLogMigrationTest {

    private static final String COLUMNS = "event_id, item_id, type, received_at, payload, origin, event_time";

    private final DeadlineSchema schema = new DeadlineSchema("event_log_v17").migrateTo("16");
    private final JdbcTemplate jdbc = new JdbcTemplate(schema.dataSource());

    @Test
    void movesEveryEventIntoTheMonthOfItsOwnTimeExactly() {
        jdbc.update("insert into item_event (" + COLUMNS + ") values"
                + " ('e-1', 'hami-650500-1', 'disclosure.item.created', '2024-03-06 09:00:00+08', null,"
                + "  'disclosure.items-1@10', '2024-03-05T10:00+08:00'),"
                // 23:30 on 31 March at UTC-1 is already April in UTC
                + " ('e-2', 'hami-650500-1', 'disclosure.item.changed', '2024-04-01 08:00:00+08', null,"
                + "  'disclosure.items-1@11', '2024-03-31T23:30:00-01:00'),"
                + " ('e-3', 'hami-650500-1', 'disclosure.item.published', '2024-04-02 08:00:00+08',"
                + "  '{\"id\":\"e-3\",\"time\":\"2024-04-02T00:00:00.123456789Z\"}', 'disclosure.items-1@12',"
                + "  '2024-04-02T00:00:00.123456789Z'),"
                + " ('e-4', 'zhanggong-360702-9', 'disclosure.item.created', '2023-07-01 12:00:00+00', null, null, null),"
                + " ('e-5', 'zhanggong-360702-9', 'disclosure.item.changed', '2025-01-01 00:00:00+00', null,"
                + "  'disclosure.items-2@3', '0800-06-01T00:00:00Z')");
        List<String> before = rows();

        schema.migrateTo("latest");

        assertThat(rows()).isEqualTo(before);
        assertThat(jdbc.queryForList("select event_id || ' ' || tableoid::regclass from item_event order by event_id",
                String.class)).containsExactly("e-1 item_event_2024_03", "e-2 item_event_2024_04",
                "e-3 item_event_2024_04", "e-4 item_event_2023_07", "e-5 item_event_default");
        assertThat(jdbc.queryForList("select column_name || ' ' || collation_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = 'item_event' and collation_name is not null"
                + " and column_name like '%_id' order by column_name", String.class))
                .containsExactly("event_id C", "item_id C");
        assertThat(jdbc.queryForObject("select pg_get_constraintdef(oid) from pg_constraint"
                + " where conrelid = 'item_event'::regclass and contype = 'p'", String.class))
                .isEqualTo("PRIMARY KEY (item_id, event_id, occurred_at)");
        assertThat(jdbc.update("insert into item_event (" + COLUMNS + ", occurred_at)"
                + " values ('e-2', 'hami-650500-1', 'disclosure.item.changed', now(), null, 'disclosure.items-1@11',"
                + " '2024-03-31T23:30:00-01:00', '2024-03-31T23:30:00-01:00'::timestamptz)"
                + " on conflict (item_id, event_id, occurred_at) do nothing")).as("a redelivery").isZero();
        assertThat(jdbc.queryForObject("select to_regclass('item_event_before_v17')::text", String.class))
                .as("the old table is gone").isNull();
    }

    private List<String> rows() {
        return jdbc.queryForList("select concat_ws(' | ', " + COLUMNS.replace("received_at", "received_at::text")
                + ") from item_event order by event_id", String.class);
    }
}
