package cn.shixian.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./shixian up} killed with SIGKILL in the middle of a load, as the OOM killer or a power
 * cut would, comes back on the same data directory by itself: it stops the PostgreSQL the dead
 * launcher left running and clears Kafka's lock, and every event the broker had acknowledged ends
 * as exactly one obligation in both services, none lost, none twice (consumer offsets not yet
 * committed at the kill are read again).
 */
class CrashRecoveryTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    @Test
    void aLauncherKilledMidLoadComesBackWithEveryAcceptedEventsObligationExactlyOnce() throws Exception {
        Path dataDir = dir.resolve("data");
        String items = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        ItemLoad load;
        long start = System.nanoTime();
        try (LauncherProcess killed = LauncherProcess.up(dataDir, dir.resolve("killed.log"))) {
            phase("first launcher up", start);
            load = new ItemLoad(killed.bootstrapServers(), items);
            // mid-load: the deadline-service is working through the events while more arrive
            await().atMost(PATIENCE).until(() -> rows(killed.jdbcUrl(), "deadline.item_event", items).count() >= 200);
            killed.kill();
            load.close();
            phase("killed mid-load, " + load.accepted().size() + " of " + load.sent() + " events acknowledged", start);
        }
        assertThat(load.sent()).as("events sent").isGreaterThan(load.accepted().size());

        try (LauncherProcess restarted = LauncherProcess.up(dataDir, dir.resolve("restarted.log"))) {
            assertThat(restarted.log())
                    .contains("shixian: stopped PostgreSQL (pid ")
                    .contains("shixian: removed Kafka's ");
            phase("second launcher up on the same data directory", start);
            await().atMost(PATIENCE).untilAsserted(() ->
                    assertThat(rows(restarted.jdbcUrl(), "alerting.obligation", items).perItem().keySet())
                            .containsAll(load.accepted()));
            for (String table : new String[] {"deadline.item_event", "deadline.obligation", "alerting.obligation"}) {
                Rows rows = rows(restarted.jdbcUrl(), table, items);
                assertThat(rows.perItem().keySet()).as(table).containsAll(load.accepted());
                assertThat(rows.perItem()).as(table + ": rows per item").allSatisfy((item, count) -> assertThat(count).isOne());
            }
            phase("every acknowledged event's obligation there once", start);
        }
    }

    /** Where the minutes go, for whoever wonders why this test takes as long as it does. */
    private static void phase(String what, long start) {
        System.out.printf("crash recovery: %s after %.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    /** How many rows of a table belong to each of the load's items. */
    private record Rows(Map<String, Integer> perItem) {
        long count() {
            return perItem.values().stream().mapToLong(Integer::longValue).sum();
        }
    }

    private static Rows rows(String jdbcUrl, String table, String itemPrefix) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             var query = db.prepareStatement("select item_id, count(*) from " + table
                     + " where item_id like ? group by item_id")) {
            query.setString(1, itemPrefix + "-%");
            var result = query.executeQuery();
            Map<String, Integer> perItem = new HashMap<>();
            while (result.next()) {
                perItem.put(result.getString(1), result.getInt(2));
            }
            return new Rows(perItem);
        }
    }
}
