package cn.shixian.deadline.calendar;

import cn.shixian.contracts.DeadlineRecomputed;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code recomputation} table: what a recount or an officer's reading of a time limit moved, for
 * the item timeline. A chunk of the
 * recount is written with one statement (the rows as arrays, unnested), not one per row.
 */
@Repository
public class Recomputations {

    private static final String INSERT = """
            insert into recomputation (item_id, version, previous_due_on, due_on, calendar_version, provisional,
                recomputed_at, reason, period)
            select r.item_id, r.version, r.previous_due_on, r.due_on, r.calendar_version, r.provisional, ?, ?, r.period
            from unnest(?::text[], ?::integer[], ?::date[], ?::date[], ?::text[], ?::boolean[], ?::text[])
                as r(item_id, version, previous_due_on, due_on, calendar_version, provisional, period)""";

    private final JdbcTemplate jdbc;

    Recomputations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records these recomputations, all of one recount: {@code reason} at {@code at}. */
    public void record(List<DeadlineRecomputed> recomputed, String reason, Instant at) {
        if (recomputed.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(INSERT);
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setString(2, reason);
            insert.setArray(3, texts(connection, recomputed, DeadlineRecomputed::itemId));
            insert.setArray(4, connection.createArrayOf("integer",
                    recomputed.stream().map(DeadlineRecomputed::version).toArray(Integer[]::new)));
            insert.setArray(5, texts(connection, recomputed, r -> r.previousDueOn().toString()));
            insert.setArray(6, texts(connection, recomputed, r -> r.dueOn().toString()));
            insert.setArray(7, texts(connection, recomputed, DeadlineRecomputed::calendarVersion));
            insert.setArray(8, connection.createArrayOf("boolean",
                    recomputed.stream().map(DeadlineRecomputed::provisional).toArray(Boolean[]::new)));
            insert.setArray(9, texts(connection, recomputed, DeadlineRecomputed::period));
            return insert;
        });
    }

    private static Array texts(Connection connection, List<DeadlineRecomputed> recomputed,
                               Function<DeadlineRecomputed, String> field) throws SQLException {
        return connection.createArrayOf("text", recomputed.stream().map(field).toArray(String[]::new));
    }
}
