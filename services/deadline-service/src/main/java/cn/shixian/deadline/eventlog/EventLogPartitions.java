package cn.shixian.deadline.eventlog;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the event log's months (docs/design.md "Storage lifecycle"): makes each month's partition
 * ahead of time, and detaches a month that has left the online window as
 * {@code item_event_archive_YYYY_MM}, never dropping it: the operator archives it
 * ({@code pg_dump}) and drops it, as the README says. The gauge
 * {@code shixian.event.log.archived.partitions} counts the detached tables waiting for that.
 * <p>
 * One transaction per run, on one instance at a time (an advisory lock; another instance skips the
 * run). Rows of a month that waited in the default partition (an event dated ahead of every made
 * month) move into that month's new table in the same transaction, before it is attached:
 * PostgreSQL refuses a partition whose rows the default one still holds.
 */
@Component
@EnableConfigurationProperties(EventLogSettings.class)
class EventLogPartitions {

    private static final Logger LOG = LoggerFactory.getLogger(EventLogPartitions.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EventLogMonths months;
    private final Clock clock;

    EventLogPartitions(JdbcTemplate jdbc, TransactionTemplate transactions, EventLogSettings settings, Clock clock,
                       MeterRegistry registry) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.months = settings.months();
        this.clock = clock;
        Gauge.builder("shixian.event.log.archived.partitions", this::archived)
                .description("months of the event log detached (item_event_archive_YYYY_MM), waiting to be archived"
                        + " and dropped by the operator")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${shixian.event-log.check-every:1d}")
    void scheduled() {
        try {
            maintain();
        } catch (RuntimeException e) {
            // months are made 3 ahead: a failed run (a lock timeout, the database away) is caught up next time
            LOG.error("Could not maintain the event log's months: {}", e.getMessage());
        }
    }

    /** Makes the months ahead and detaches the expired ones; what it did, empty if another instance ran. */
    Maintenance maintain() {
        return transactions.execute(tx -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject(
                    "select pg_try_advisory_xact_lock(hashtext('shixian-event-log:' || current_schema()))",
                    Boolean.class))) {
                return new Maintenance(List.of(), List.of(), 0);
            }
            // DDL waits for the intake's transactions; never long enough to hold the intake up behind it
            jdbc.execute("set local lock_timeout = '10s'");
            Instant now = clock.instant();
            List<MonthPartition> online = online();
            List<MonthPartition> created = months.toCreate(now, online);
            long moved = created.stream().mapToLong(this::create).sum();
            List<MonthPartition> detached = months.toDetach(now, online);
            detached.forEach(this::detach);
            if (!created.isEmpty() || !detached.isEmpty()) {
                LOG.info("Event log: made {} (moving {} rows out of the default partition), detached {}",
                        created, moved, detached);
            }
            return new Maintenance(created, detached, moved);
        });
    }

    /** What one run did. */
    record Maintenance(List<MonthPartition> created, List<MonthPartition> detached, long movedRows) {
    }

    private List<MonthPartition> online() {
        return jdbc.queryForList("""
                select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                where i.inhparent = 'item_event'::regclass""", String.class)
                .stream().map(MonthPartition::ofTable).flatMap(Optional::stream).toList();
    }

    private long create(MonthPartition month) {
        Timestamp from = Timestamp.from(month.from());
        Timestamp to = Timestamp.from(month.to());
        jdbc.execute("create table " + month.table() + " (like item_event)");
        int moved = jdbc.update("with moved as (delete from item_event_default where occurred_at >= ?"
                + " and occurred_at < ? returning *) insert into " + month.table() + " select * from moved", from, to);
        jdbc.execute("alter table item_event attach partition " + month.table() + " for values from ('"
                + month.from() + "') to ('" + month.to() + "')");
        return moved;
    }

    private void detach(MonthPartition month) {
        jdbc.execute("alter table item_event detach partition " + month.table());
        jdbc.execute("alter table " + month.table() + " rename to " + month.archiveTable());
        jdbc.execute("alter index if exists " + month.table() + "_pkey rename to " + month.archiveTable() + "_pkey");
    }

    /** The detached months still in the schema. */
    long archived() {
        return jdbc.queryForList("""
                select relname from pg_class
                where relnamespace = current_schema()::regnamespace and relkind = 'r' and not relispartition
                  and relname like 'item\\_event\\_archive\\_%'""", String.class)
                .stream().filter(table -> MonthPartition.ofArchive(table).isPresent()).count();
    }
}
