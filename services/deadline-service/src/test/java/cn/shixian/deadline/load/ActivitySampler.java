package cn.shixian.deadline.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Samples what PostgreSQL's busy processes are doing ({@code pg_stat_activity}) every 20 ms, on a
 * connection of its own: where the database's time goes when a run is slow. A diagnostic
 * ({@code -Dload.sample=true}); it costs the database a query per sample, so figures are taken
 * without it.
 */
final class ActivitySampler implements AutoCloseable {

    private final Map<String, Integer> samples = new HashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private int rounds;

    ActivitySampler(String jdbcUrl, String user, String password) {
        thread = Thread.ofPlatform().daemon().name("activity-sampler").start(() -> sample(jdbcUrl, user, password));
    }

    private void sample(String jdbcUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            while (running.get()) {
                try (ResultSet rs = statement.executeQuery("""
                        select backend_type, coalesce(wait_event_type || ':' || wait_event, 'CPU'),
                               regexp_replace(left(query, 70), '\\s+', ' ', 'g')
                        from pg_stat_activity
                        where pid <> pg_backend_pid() and (state = 'active' or backend_type <> 'client backend')
                          and backend_type not in ('checkpointer', 'background writer', 'walwriter',
                              'autovacuum launcher', 'logical replication launcher')""")) {
                    record(rs);
                }
                Thread.sleep(20);
            }
        } catch (SQLException | InterruptedException e) {
            System.out.println("activity sampling stopped: " + e);
        }
    }

    private synchronized void record(ResultSet rs) throws SQLException {
        rounds++;
        while (rs.next()) {
            samples.merge(rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3), 1, Integer::sum);
        }
    }

    @Override
    public synchronized void close() {
        running.set(false);
        thread.interrupt();
        System.out.printf("PostgreSQL activity over %d samples (share of samples: process | wait | query):%n", rounds);
        samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / rounds, e.getKey()));
    }
}
