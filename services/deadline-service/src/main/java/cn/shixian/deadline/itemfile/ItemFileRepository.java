package cn.shixian.deadline.itemfile;

import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.TimeLimit;
import cn.shixian.deadline.obligation.Item;
import cn.shixian.deadline.obligation.ItemFile;
import cn.shixian.deadline.obligation.Obligation;
import cn.shixian.deadline.obligation.ObligationKey;
import cn.shixian.deadline.obligation.ObligationState;
import cn.shixian.deadline.obligation.OfficerReading;
import cn.shixian.deadline.obligation.Publication;
import cn.shixian.workcalendar.timelimit.DueCount.CountUnit;
import cn.shixian.workcalendar.timelimit.Period;
import cn.shixian.workcalendar.timelimit.Schedule;
import cn.shixian.workcalendar.timelimit.TimeLimitKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads and stores {@link ItemFile}s a batch at a time: three queries to load any number of items,
 * one JDBC batch per table to write them back, so the cost per event stays flat under a burst.
 */
@Repository
public class ItemFileRepository {

    /** An officer's reading as the item row keeps it: the contract's {@code timeLimit} shape. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String OBLIGATION_COLUMNS = """
            item_id, version, region, responsible_body, title, changed_at, changed_on, working_days,
            extension_days, time_limit_text, time_limit_unparsed, due_on, due_at, calendar_version, provisional,
            state, published_at, working_days_late, closed_reason, limit_kind, count_unit, counted_from, period""";

    /** The same columns of {@code obligation o}. */
    private static final String OBLIGATION_COLUMNS_OF_O = OBLIGATION_COLUMNS.replaceAll("(\\w+)", "o.$1");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ItemFileRepository(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The files of these items, in the order given; an item never seen gets an empty file. The items'
     * rows are locked, so the period scheduler ({@code skip locked}) and this batch never apply to one
     * item at once; its obligations are read after the lock, so they include whatever the scheduler
     * committed before.
     */
    public Map<String, ItemFile> load(Collection<String> itemIds) {
        return load(itemIds, false);
    }

    /**
     * The files of these items as {@link #load} gives them, each with the obligation of the latest period
     * of its latest version too (whatever its state): what {@link ItemFile#openBegunPeriods} counts on.
     */
    public Map<String, ItemFile> loadWithLatestPeriods(Collection<String> itemIds) {
        return load(itemIds, true);
    }

    private Map<String, ItemFile> load(Collection<String> itemIds, boolean withLatestPeriods) {
        Object ids = itemIds.toArray(String[]::new);
        Map<String, Item> items = new HashMap<>();
        jdbc.query("""
                select item_id, latest_version, region, responsible_body, title, mode, retired_at, category,
                    time_limit_text, processing_limit, schedule, next_period_starts, changed_at, reading::text,
                    reading_set_by, reading_set_at
                from item where item_id = any(?) order by item_id for update""",
                rs -> {
                    items.put(rs.getString(1), item(rs));
                }, ids);
        Map<String, List<Obligation>> open = new HashMap<>();
        jdbc.query("select " + OBLIGATION_COLUMNS + " from obligation where item_id = any(?) and state = 'OPEN'",
                rs -> {
                    open.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(obligation(rs));
                }, ids);
        if (withLatestPeriods) {
            jdbc.query("select distinct on (o.item_id) " + OBLIGATION_COLUMNS_OF_O + """
                     from obligation o join item i on i.item_id = o.item_id and i.latest_version = o.version
                    where o.item_id = any(?) and o.period <> '' and o.state <> 'OPEN'
                    order by o.item_id, o.counted_from desc""",
                    rs -> {
                        open.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(obligation(rs));
                    }, ids);
        }
        Map<String, List<Publication>> held = new HashMap<>();
        // locked: the sweep (skip locked) must not dead-letter a held publication this batch applies
        jdbc.query("""
                select event_id, item_id, version, published_at, channel, url, period
                from held_publication where item_id = any(?) for update""",
                rs -> {
                    held.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Publication(
                            rs.getString(1), rs.getString(2), rs.getInt(3), offset(rs, 4), rs.getString(5),
                            rs.getString(6), rs.getString(7)));
                }, ids);
        Map<String, ItemFile> files = new LinkedHashMap<>();
        for (String id : itemIds) {
            files.put(id, new ItemFile(id, items.get(id), open.getOrDefault(id, List.of()),
                    held.getOrDefault(id, List.of())));
        }
        return files;
    }

    /**
     * Up to {@code limit} items whose next period has begun by {@code today}, but for those
     * {@code passedOver}, locked for this
     * transaction; items another transaction holds (an intake batch, another instance's scheduler) are
     * passed over, to be found on the next run.
     */
    public List<String> lockItemsWithPeriodBegun(LocalDate today, int limit, Collection<String> passedOver) {
        return jdbc.queryForList("""
                select item_id from item where next_period_starts <= ? and item_id <> all(?)
                order by next_period_starts, item_id limit ? for update skip locked""", String.class, today,
                passedOver.toArray(String[]::new), limit);
    }

    private static Item item(ResultSet rs) throws SQLException {
        Schedule schedule = rs.getString(11) == null ? null : Schedule.ofCode(rs.getString(11));
        LocalDate next = rs.getObject(12, LocalDate.class);
        String reading = rs.getString(14);
        return new Item(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                strings(rs.getArray(8)), rs.getString(9), rs.getString(10), DisclosureMode.valueOf(rs.getString(6)),
                offset(rs, 7), schedule, next == null ? null : new Period(schedule.every(), next), offset(rs, 13),
                reading == null ? null
                        : new OfficerReading(JSON.readValue(reading, TimeLimit.class), rs.getString(15), offset(rs, 16)));
    }

    /**
     * The keys of the closed obligations (met or cancelled) of one version of an item: what a new
     * reading must not open again.
     */
    public Set<ObligationKey> closedKeys(String itemId, int version) {
        return new HashSet<>(jdbc.query("""
                select item_id, version, period from obligation
                where item_id = ? and version = ? and state <> 'OPEN'""",
                (rs, n) -> new ObligationKey(rs.getString(1), rs.getInt(2), period(rs.getString(3))), itemId, version));
    }

    /** Records an officer's reading in the item's history of readings. */
    public void recordReading(String itemId, int version, OfficerReading reading, String previousKind) {
        jdbc.update("""
                insert into time_limit_reading (item_id, version, reading, previous_kind, set_by, set_at)
                values (?, ?, ?::jsonb, ?, ?, ?)""", itemId, version, JSON.writeValueAsString(reading.limit()),
                previousKind, reading.setBy(), timestamp(reading.setAt()));
    }

    /**
     * Open obligations of regions within {@code regionPrefix} ("" for all) whose counted days
     * reach into [from, to], after (itemId, version, period) {@code after} in key order, at most {@code limit}:
     * the obligations a notice covering [from, to] may move.
     */
    public List<ItemFile> openTouching(String regionPrefix, LocalDate from, LocalDate to, ObligationKey after,
                                       int limit) {
        Map<String, List<Obligation>> open = new LinkedHashMap<>();
        jdbc.query("select " + OBLIGATION_COLUMNS + " from obligation " + """
                where state = 'OPEN' and region like ? and due_on >= ? and changed_on <= ?
                  and (item_id, version, period) > (?, ?, ?)
                order by item_id, version, period limit ?""",
                rs -> {
                    open.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(obligation(rs));
                }, regionPrefix + "%", from, to, after.itemId(), after.version(), stored(after.period()), limit);
        return open.entrySet().stream().map(e -> new ItemFile(e.getKey(), null, e.getValue(), List.of())).toList();
    }

    /** Writes back what the files changed. */
    public void save(Collection<ItemFile> files) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Item> items = files.stream().flatMap(f -> f.changedItem().stream()).toList();
        jdbc.batchUpdate("""
                insert into item (item_id, latest_version, region, responsible_body, title, mode, retired_at, updated_at,
                    category, time_limit_text, processing_limit, schedule, next_period_starts, changed_at, reading,
                    reading_set_by, reading_set_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                on conflict (item_id) do update set latest_version = excluded.latest_version,
                    region = excluded.region, responsible_body = excluded.responsible_body, title = excluded.title,
                    mode = excluded.mode, retired_at = excluded.retired_at, updated_at = excluded.updated_at,
                    category = excluded.category, time_limit_text = excluded.time_limit_text,
                    processing_limit = excluded.processing_limit, schedule = excluded.schedule,
                    next_period_starts = excluded.next_period_starts,
                    changed_at = coalesce(excluded.changed_at, item.changed_at), reading = excluded.reading,
                    reading_set_by = excluded.reading_set_by, reading_set_at = excluded.reading_set_at""",
                items, 1000, (ps, i) -> {
                    ps.setString(1, i.itemId());
                    ps.setInt(2, i.latestVersion());
                    ps.setString(3, i.region());
                    ps.setString(4, i.responsibleBody());
                    ps.setString(5, i.title());
                    ps.setString(6, i.mode().name());
                    ps.setTimestamp(7, timestamp(i.retiredAt()));
                    ps.setTimestamp(8, now);
                    if (i.category() == null) {
                        ps.setNull(9, Types.ARRAY);
                    } else {
                        ps.setArray(9, ps.getConnection().createArrayOf("text", i.category().toArray()));
                    }
                    ps.setString(10, i.timeLimitText());
                    ps.setString(11, i.processingLimit());
                    ps.setString(12, i.schedule() == null ? null : i.schedule().code());
                    ps.setObject(13, i.nextPeriod() == null ? null : i.nextPeriod().start());
                    ps.setTimestamp(14, timestamp(i.changedAt()));
                    OfficerReading reading = i.reading();
                    ps.setString(15, reading == null ? null : JSON.writeValueAsString(reading.limit()));
                    ps.setString(16, reading == null ? null : reading.setBy());
                    ps.setTimestamp(17, reading == null ? null : timestamp(reading.setAt()));
                });
        insertObligations(files.stream().flatMap(f -> f.newObligations().stream()).toList(), now);
        updateObligations(files.stream().flatMap(f -> f.changedObligations().stream()).toList(), now);
        hold(files.stream().flatMap(f -> f.newlyHeld().stream()).toList(), now);
        release(files.stream().flatMap(f -> f.released().stream()).toList());
    }

    /** Writes obligations a calendar change moved. */
    public void saveRecounted(Collection<ItemFile> files) {
        updateObligations(files.stream().flatMap(f -> f.changedObligations().stream()).toList(),
                Timestamp.from(clock.instant()));
    }

    private void insertObligations(List<Obligation> obligations, Timestamp now) {
        jdbc.batchUpdate("insert into obligation (" + OBLIGATION_COLUMNS + ", opened_at, updated_at) values "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", obligations, 1000, (ps, o) -> {
                    bindObligation(ps, o);
                    ps.setTimestamp(24, now);
                    ps.setTimestamp(25, now);
                });
    }

    /**
     * One statement for all of them, the columns as arrays: a recount writes back every open obligation
     * a notice moves, and one update per row paid the executor's start for each.
     */
    private void updateObligations(List<Obligation> obligations, Timestamp now) {
        if (obligations.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    update obligation o set due_on = u.due_on, due_at = u.due_at, calendar_version = u.calendar_version,
                        provisional = u.provisional, state = u.state, published_at = u.published_at,
                        working_days_late = u.working_days_late, closed_reason = u.closed_reason, updated_at = ?,
                        working_days = u.working_days, time_limit_text = u.time_limit_text,
                        time_limit_unparsed = u.time_limit_unparsed, limit_kind = u.limit_kind, count_unit = u.count_unit,
                        counted_from = u.counted_from
                    from unnest(?::text[], ?::int[], ?::text[], ?::date[], ?::timestamptz[], ?::text[], ?::boolean[],
                                ?::text[], ?::timestamptz[], ?::int[], ?::text[], ?::int[], ?::text[], ?::boolean[],
                                ?::text[], ?::text[], ?::date[])
                        as u(item_id, version, period, due_on, due_at, calendar_version, provisional, state, published_at,
                             working_days_late, closed_reason, working_days, time_limit_text, time_limit_unparsed,
                             limit_kind, count_unit, counted_from)
                    where o.item_id = u.item_id and o.version = u.version and o.period = u.period""");
            ps.setTimestamp(1, now);
            int i = 2;
            ps.setArray(i++, array(connection, "text", obligations, Obligation::itemId));
            ps.setArray(i++, array(connection, "int4", obligations, Obligation::version));
            ps.setArray(i++, array(connection, "text", obligations, o -> stored(o.period())));
            ps.setArray(i++, array(connection, "text", obligations, o -> text(o.dueOn())));
            ps.setArray(i++, array(connection, "text", obligations, o -> text(o.dueAt())));
            ps.setArray(i++, array(connection, "text", obligations, Obligation::calendarVersion));
            ps.setArray(i++, array(connection, "bool", obligations, Obligation::provisional));
            ps.setArray(i++, array(connection, "text", obligations, o -> o.state().name()));
            ps.setArray(i++, array(connection, "text", obligations, o -> text(o.publishedAt())));
            ps.setArray(i++, array(connection, "int4", obligations, Obligation::workingDaysLate));
            ps.setArray(i++, array(connection, "text", obligations, Obligation::closedReason));
            // an officer's reading may count it anew, by another kind
            ps.setArray(i++, array(connection, "int4", obligations, Obligation::workingDays));
            ps.setArray(i++, array(connection, "text", obligations, Obligation::timeLimitText));
            ps.setArray(i++, array(connection, "bool", obligations, Obligation::timeLimitUnparsed));
            ps.setArray(i++, array(connection, "text", obligations, o -> o.limitKind().name()));
            ps.setArray(i++, array(connection, "text", obligations, o -> o.countUnit().name()));
            ps.setArray(i, array(connection, "text", obligations, o -> text(o.countedFrom())));
            return ps;
        });
    }

    private static Array array(Connection connection, String type, List<Obligation> obligations,
                               Function<Obligation, Object> column) throws SQLException {
        return connection.createArrayOf(type, obligations.stream().map(column).toArray());
    }

    /** A date or an instant in ISO form, as PostgreSQL reads it from an array; null for none. */
    private static String text(Object isoTime) {
        return isoTime == null ? null : isoTime.toString();
    }

    private void hold(List<Publication> publications, Timestamp now) {
        jdbc.batchUpdate("""
                insert into held_publication (event_id, item_id, version, published_at, channel, url, received_at,
                    period)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (item_id, event_id) do nothing""", publications, 1000, (ps, p) -> {
                    ps.setString(1, p.eventId());
                    ps.setString(2, p.itemId());
                    ps.setInt(3, p.version());
                    ps.setTimestamp(4, timestamp(p.publishedAt()));
                    ps.setString(5, p.channel());
                    ps.setString(6, p.url());
                    ps.setTimestamp(7, now);
                    ps.setString(8, p.period());
                });
    }

    private void release(List<Publication> publications) {
        jdbc.batchUpdate("delete from held_publication where item_id = ? and event_id = ?", publications, 1000,
                (ps, p) -> {
                    ps.setString(1, p.itemId());
                    ps.setString(2, p.eventId());
                });
    }

    private static void bindObligation(PreparedStatement ps, Obligation o) throws SQLException {
        ps.setString(1, o.itemId());
        ps.setInt(2, o.version());
        ps.setString(3, o.region());
        ps.setString(4, o.responsibleBody());
        ps.setString(5, o.title());
        ps.setTimestamp(6, timestamp(o.changedAt()));
        ps.setObject(7, o.changedOn());
        ps.setInt(8, o.workingDays());
        ps.setInt(9, o.extensionDays());
        ps.setString(10, o.timeLimitText());
        ps.setBoolean(11, o.timeLimitUnparsed());
        ps.setObject(12, o.dueOn());
        ps.setTimestamp(13, timestamp(o.dueAt()));
        ps.setString(14, o.calendarVersion());
        ps.setBoolean(15, o.provisional());
        ps.setString(16, o.state().name());
        ps.setTimestamp(17, timestamp(o.publishedAt()));
        ps.setObject(18, o.workingDaysLate());
        ps.setString(19, o.closedReason());
        ps.setString(20, o.limitKind().name());
        ps.setString(21, o.countUnit().name());
        ps.setObject(22, o.countedFrom());
        ps.setString(23, stored(o.period()));
    }

    static Obligation obligation(ResultSet rs) throws SQLException {
        return new Obligation(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                offset(rs, 6), rs.getObject(7, LocalDate.class), rs.getInt(8), rs.getInt(9),
                rs.getString(10), rs.getBoolean(11), rs.getObject(12, LocalDate.class), offset(rs, 13),
                rs.getString(14), rs.getBoolean(15), ObligationState.valueOf(rs.getString(16)), offset(rs, 17),
                (Integer) rs.getObject(18), rs.getString(19), TimeLimitKind.valueOf(rs.getString(20)),
                CountUnit.valueOf(rs.getString(21)), rs.getObject(22, LocalDate.class), period(rs.getString(23)));
    }

    /** An obligation's period as its key column holds it: '' for none (V14). */
    private static String stored(String period) {
        return period == null ? "" : period;
    }

    private static String period(String stored) {
        return stored.isEmpty() ? null : stored;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? null : List.of((String[]) array.getArray());
    }

    private static OffsetDateTime offset(ResultSet rs, int column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static Timestamp timestamp(OffsetDateTime time) {
        return time == null ? null : Timestamp.from(time.toInstant());
    }
}
