package cn.shixian.deadline.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.deadline.DeadlineSchema;
import cn.shixian.testsupport.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event log's months on a real PostgreSQL, migrated as the service migrates it, with a clock
 * moved across months and years: made ahead, the default partition's rows moved into their new
 * month, old months detached (their rows kept) and counted, one instance at a time.
 */
class EventLogPartitionsIntegrationTest {

    private static final String GAUGE = "shixian.event.log.archived.partitions";

    private final DeadlineSchema schema = new DeadlineSchema("event_log").migrateTo("latest");
    private final DataSource db = schema.dataSource();
    private final JdbcTemplate jdbc = new JdbcTemplate(db);
    private final MutableClock clock = MutableClock.at("2040-01-15T12:00:00+08:00");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EventLogPartitions partitions = new EventLogPartitions(jdbc,
            new TransactionTemplate(new DataSourceTransactionManager(db)),
            new EventLogSettings(36, Duration.ofDays(1)), clock, registry);

    @Test
    void makesTheCurrentMonthAndThreeAheadAndNothingTheSecondTime() {
        assertThat(partitions.maintain().created()).extracting(MonthPartition::table).containsExactly(
                "item_event_2040_01", "item_event_2040_02", "item_event_2040_03", "item_event_2040_04");
        assertThat(online()).contains("item_event_2040_01", "item_event_2040_04", "item_event_default")
                .doesNotContain("item_event_2040_05");

        assertThat(partitions.maintain().created()).isEmpty();

        insert("made-ahead", "2040-04-30T23:59:59.999999Z");
        assertThat(partitionOf("made-ahead")).isEqualTo("item_event_2040_04");
    }

    @Test
    void movesTheDefaultPartitionsRowsOfANewMonthIntoItAndRedeliveriesStillMeetThem() {
        partitions.maintain();
        insert("early", "2040-05-03T08:00:00+08:00");
        insert("later", "2040-06-01T00:00:00Z");
        assertThat(partitionOf("early")).isEqualTo("item_event_default");

        clock.set("2040-02-01T00:00:00Z");
        EventLogPartitions.Maintenance run = partitions.maintain();

        assertThat(run.created()).extracting(MonthPartition::table).containsExactly("item_event_2040_05");
        assertThat(run.movedRows()).isEqualTo(1);
        assertThat(partitionOf("early")).isEqualTo("item_event_2040_05");
        assertThat(partitionOf("later")).as("a month not made yet").isEqualTo("item_event_default");
        assertThat(insert("early", "2040-05-03T08:00:00+08:00")).as("a redelivery").isZero();
        assertThat(jdbc.queryForObject("select count(*) from item_event where item_id = 'item-early'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void detachesAMonthThatEndedMoreThanMonthsOnlineAgoKeepsItsRowsAndCountsIt() {
        partitions.maintain();
        insert("january", "2040-01-20T10:00:00Z");
        clock.set("2043-02-01T00:00:00Z"); // January 2040 ended 36 months ago, to the instant
        partitions.maintain();
        double before = gauge();
        assertThat(online()).contains("item_event_2040_01");

        clock.set("2043-02-01T00:00:01Z");
        EventLogPartitions.Maintenance run = partitions.maintain();

        assertThat(run.detached()).extracting(MonthPartition::table).containsExactly("item_event_2040_01");
        assertThat(online()).doesNotContain("item_event_2040_01").contains("item_event_2040_02");
        assertThat(gauge()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from item_event where item_id = 'item-january'", Long.class))
                .as("no longer in the log").isZero();
        assertThat(jdbc.queryForObject("select event_time from item_event_archive_2040_01 where item_id = 'item-january'",
                String.class)).as("but kept").isEqualTo("2040-01-20T10:00:00Z");

        // the README's way back: attach the archive again (it stays until the operator detaches it)
        jdbc.execute("alter table item_event attach partition item_event_archive_2040_01"
                + " for values from ('2040-01-01 00:00:00+00') to ('2040-02-01 00:00:00+00')");
        assertThat(partitionOf("january")).isEqualTo("item_event_archive_2040_01");
        assertThat(gauge()).isEqualTo(before);
        assertThat(partitions.maintain().detached()).isEmpty();
    }

    @Test
    void skipsARunWhileAnotherInstanceHoldsTheLock() throws Exception {
        try (Connection other = db.getConnection(); Statement sql = other.createStatement()) {
            sql.execute("select pg_advisory_lock(hashtext('shixian-event-log:' || current_schema()))");

            assertThat(partitions.maintain().created()).isEmpty();
            assertThat(online()).containsOnly("item_event_default", "item_event_" + thisMonth(0),
                    "item_event_" + thisMonth(1), "item_event_" + thisMonth(2), "item_event_" + thisMonth(3));
        }
        assertThat(partitions.maintain().created()).hasSize(4);
    }

    /** The months V17 made, from the database's own now. */
    private String thisMonth(int ahead) {
        return jdbc.queryForObject("select to_char(date_trunc('month', now() at time zone 'UTC')"
                + " + make_interval(months => ?), 'YYYY_MM')", String.class, ahead);
    }

    private int insert(String name, String time) {
        return jdbc.update("""
                insert into item_event (event_id, item_id, type, received_at, payload, origin, event_time, occurred_at)
                values (?, ?, 'disclosure.item.created', now(), null, 'disclosure.items-0@1', ?, ?::timestamptz)
                on conflict (item_id, event_id, occurred_at) do nothing""", "event-" + name, "item-" + name, time, time);
    }

    private String partitionOf(String name) {
        return jdbc.queryForObject("select tableoid::regclass::text from item_event where item_id = ?", String.class,
                "item-" + name);
    }

    private List<String> online() {
        return jdbc.queryForList("select c.relname::text from pg_inherits i join pg_class c on c.oid = i.inhrelid"
                + " where i.inhparent = 'item_event'::regclass order by 1", String.class);
    }

    private double gauge() {
        return registry.get(GAUGE).gauge().value();
    }
}
