package cn.shixian.deadline.calendar;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The calendar's generation (日历代次) in the database, and the advisory lock that orders calendar
 * loads against everything that counts due dates: a load holds it exclusively for its whole
 * transaction, a counting transaction holds it shared. Both are transaction locks: they are
 * released by the commit or rollback, never left behind by a crashed instance.
 */
@Repository
class CalendarGeneration {

    /** One lock per schema, so two deployments sharing a database do not wait on each other. */
    private static final String LOCK_KEY = "hashtext('shixian-calendar:' || current_schema())";

    private final JdbcTemplate jdbc;

    CalendarGeneration(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The committed generation, read without a lock: for start-up. */
    long committed() {
        return jdbc.queryForObject("select generation from calendar_generation", Long.class);
    }

    /**
     * Waits while a load holds the lock, then holds it shared until this transaction ends; returns
     * the generation committed by then.
     */
    long holdShared() {
        return hold("pg_advisory_xact_lock_shared");
    }

    /** Waits for every counting transaction to end, then holds the lock alone; returns the generation. */
    long holdExclusive() {
        return hold("pg_advisory_xact_lock");
    }

    /** Raises the generation; only under {@link #holdExclusive}, in the load's transaction. */
    void advance(long to) {
        jdbc.update("update calendar_generation set generation = ?", to);
    }

    private long hold(String lockFunction) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the calendar lock is a transaction lock: take it inside a transaction");
        }
        jdbc.execute("select " + lockFunction + "(" + LOCK_KEY + ")");
        // a statement of its own: read in the same statement as the lock, the generation would come from a
        // snapshot taken before the wait, and miss the load the wait was for (read committed)
        return committed();
    }
}
