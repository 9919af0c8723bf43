package cn.shixian.alerting.obligation;

import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.alerting.lifecycle.ObligationState;
import cn.shixian.alerting.lifecycle.TransitionTimes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model's tables as a batch uses them: a statement or a JDBC batch each, whatever the
 * batch's size. The rows a batch touches are locked in key order, so the sweep (which moves rows by
 * the clock) waits for the batch or the batch for the sweep, and neither writes over the other.
 */
@Repository
class ObligationStore {

    private static final String COLUMNS = """
            item_id, version, kind, region, responsible_body, title, changed_on, category, due_on, due_at,
            due_soon_at, escalate_at, calendar_version, provisional, state, state_since, published_at,
            working_days_late, period, limit_kind""";

    private final JdbcTemplate jdbc;

    ObligationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The CloudEvents ids not applied before, recorded as applied now (one statement). */
    @Transactional(propagation = Propagation.MANDATORY)
    Set<String> firstTimes(Collection<String> eventIds, Instant now) {
        Set<String> fresh = new HashSet<>();
        jdbc.query(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    insert into processed_event (event_id, processed_at) select unnest(?::text[]), ?
                    on conflict do nothing returning event_id""");
            ps.setArray(1, connection.createArrayOf("text", eventIds.toArray()));
            ps.setTimestamp(2, Timestamp.from(now));
            return ps;
        }, rs -> {
            fresh.add(rs.getString(1));
        });
        return fresh;
    }

    /** The stored rows of these keys, locked until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<ObligationKey, ObligationRow> lock(Collection<ObligationKey> keys) {
        Map<ObligationKey, ObligationRow> rows = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return rows;
        }
        jdbc.query(connection -> {
            PreparedStatement ps = connection.prepareStatement("select " + COLUMNS + " from obligation"
                    + " where (item_id, version, period) in (select * from unnest(?::text[], ?::int[], ?::text[]))"
                    + " order by item_id, version, period for update");
            ps.setArray(1, array(connection, "text", keys, ObligationKey::id));
            ps.setArray(2, array(connection, "int4", keys, ObligationKey::version));
            ps.setArray(3, array(connection, "text", keys, ObligationKey::period));
            return ps;
        }, rs -> {
            ObligationRow row = read(rs);
            rows.put(row.key(), row);
        });
        return rows;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(List<ObligationRow> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        // the lock above found none of them; a concurrent opener of the same key cannot exist (one
        // key, one partition, one consumer), and "do nothing" keeps even that from failing the batch
        jdbc.batchUpdate("insert into obligation (" + COLUMNS + ", updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (item_id, version, period) do nothing",
                rows, rows.size(), (ps, row) -> {
                    ps.setString(1, row.key().id());
                    ps.setInt(2, row.key().version());
                    ps.setString(3, row.kind().name());
                    ps.setString(4, row.region());
                    ps.setString(5, row.responsibleBody());
                    ps.setString(6, row.title());
                    ps.setObject(7, row.changedOn(), Types.DATE);
                    ps.setArray(8, ps.getConnection().createArrayOf("text", row.category().toArray()));
                    setMoving(ps, 9, row);
                    ps.setString(19, row.key().period());
                    ps.setString(20, row.limitKind());
                    ps.setTimestamp(21, Timestamp.from(now));
                });
    }

    /**
     * Writes the rows back in one statement, their columns as arrays: a recount moves every open
     * obligation, and one update per row paid the executor's start for each of them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void update(List<ObligationRow> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    update obligation o set due_on = u.due_on, due_at = u.due_at, due_soon_at = u.due_soon_at,
                        escalate_at = u.escalate_at, calendar_version = u.calendar_version, provisional = u.provisional,
                        state = u.state, state_since = u.state_since, published_at = u.published_at,
                        working_days_late = u.working_days_late, updated_at = ?, limit_kind = u.limit_kind
                    from unnest(?::text[], ?::int[], ?::text[], ?::date[], ?::timestamptz[], ?::timestamptz[],
                                ?::timestamptz[], ?::text[], ?::boolean[], ?::text[], ?::timestamptz[], ?::timestamptz[],
                                ?::int[], ?::text[])
                        as u(item_id, version, period, due_on, due_at, due_soon_at, escalate_at, calendar_version,
                             provisional, state, state_since, published_at, working_days_late, limit_kind)
                    where o.item_id = u.item_id and o.version = u.version and o.period = u.period""");
            ps.setTimestamp(1, Timestamp.from(now));
            int i = 2;
            ps.setArray(i++, array(connection, "text", rows, row -> row.key().id()));
            ps.setArray(i++, array(connection, "int4", rows, row -> row.key().version()));
            ps.setArray(i++, array(connection, "text", rows, row -> row.key().period()));
            ps.setArray(i++, array(connection, "text", rows, row -> row.dueOn().toString()));
            ps.setArray(i++, array(connection, "text", rows, row -> row.times().dueAt().toString()));
            ps.setArray(i++, array(connection, "text", rows, row -> row.times().dueSoonAt().toString()));
            ps.setArray(i++, array(connection, "text", rows, row -> row.times().escalateAt().toString()));
            ps.setArray(i++, array(connection, "text", rows, ObligationRow::calendarVersion));
            ps.setArray(i++, array(connection, "bool", rows, ObligationRow::provisional));
            ps.setArray(i++, array(connection, "text", rows, row -> row.state().name()));
            ps.setArray(i++, array(connection, "text", rows, row -> row.stateSince().toString()));
            ps.setArray(i++, array(connection, "text", rows,
                    row -> row.publishedAt() == null ? null : row.publishedAt().toString()));
            ps.setArray(i++, array(connection, "int4", rows, ObligationRow::workingDaysLate));
            ps.setArray(i, array(connection, "text", rows, ObligationRow::limitKind));
            return ps;
        });
    }

    /** The ten columns events move, from parameter {@code first} on, in the order of {@link #COLUMNS}. */
    private static void setMoving(PreparedStatement ps, int first, ObligationRow row) throws SQLException {
        ps.setObject(first, row.dueOn(), Types.DATE);
        ps.setTimestamp(first + 1, Timestamp.from(row.times().dueAt()));
        ps.setTimestamp(first + 2, Timestamp.from(row.times().dueSoonAt()));
        ps.setTimestamp(first + 3, Timestamp.from(row.times().escalateAt()));
        ps.setString(first + 4, row.calendarVersion());
        ps.setBoolean(first + 5, row.provisional());
        ps.setString(first + 6, row.state().name());
        ps.setTimestamp(first + 7, Timestamp.from(row.stateSince()));
        ps.setTimestamp(first + 8, row.publishedAt() == null ? null : Timestamp.from(row.publishedAt()));
        ps.setObject(first + 9, row.workingDaysLate(), Types.INTEGER);
    }

    private static ObligationRow read(ResultSet rs) throws SQLException {
        Array category = rs.getArray("category");
        Timestamp publishedAt = rs.getTimestamp("published_at");
        return new ObligationRow(new ObligationKey(rs.getString("item_id"), rs.getInt("version"), rs.getString("period")),
                ObligationKind.valueOf(rs.getString("kind")), rs.getString("region"), rs.getString("responsible_body"),
                rs.getString("title"), rs.getObject("changed_on", LocalDate.class),
                category == null ? List.of() : List.of((String[]) category.getArray()),
                rs.getObject("due_on", LocalDate.class),
                new TransitionTimes(instant(rs, "due_soon_at"), instant(rs, "due_at"), instant(rs, "escalate_at")),
                rs.getString("calendar_version"), rs.getBoolean("provisional"),
                ObligationState.valueOf(rs.getString("state")), instant(rs, "state_since"),
                publishedAt == null ? null : publishedAt.toInstant(), rs.getObject("working_days_late", Integer.class),
                rs.getString("limit_kind"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static <T> Array array(Connection connection, String type, Collection<T> rows,
                                   Function<T, Object> column) throws SQLException {
        return connection.createArrayOf(type, rows.stream().map(column).toArray());
    }
}
