package cn.shixian.standalone;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL server (Zonky's packaged binaries) whose data directory is kept between
 * runs. Each service gets its own schema in the {@code shixian} database. Durable unless told
 * otherwise ({@link Durability}).
 */
final class LocalPostgres implements AutoCloseable {

    static final String DATABASE = "shixian";

    /**
     * Sized for a read model of 10^6 obligations rather than PostgreSQL's defaults (128 MB, 1 GB): a
     * recount or a first load rewrites rows all over tables and indexes larger than 128 MB of buffers,
     * and with 1 GB of WAL between checkpoints each page is logged whole again after every checkpoint.
     * Measured on 10^6 read-model rows, 200,000 updated in random order in batches of 2,000 (as the
     * intake does): 46–53 s and 2.5–3.6 GB of WAL with the defaults, 26 s and 1.2 GB with these
     * (docs/benchmarks.md). The WAL directory may grow to 4 GB meanwhile and shrinks back after.
     * {@code random_page_cost} 1.1 (for a disk that is an SSD or a page cache, not a spinning one):
     * the services join a batch's keys, a few thousand as arrays, to their tables, and priced at the
     * default 4 a hash join over a scan of the whole table beat that many primary-key lookups; at
     * 10^5 rows a batch of 2,000 then scanned them all (285 ms against 126).
     */
    static final Map<String, String> SIZING = Map.of("shared_buffers", "512MB", "max_wal_size", "4GB",
            "random_page_cost", "1.1");

    private final EmbeddedPostgres postgres;

    LocalPostgres(Path dataDir, int port, Durability durability) throws IOException, SQLException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                // the launcher's shutdown hook stops the whole system, PostgreSQL last
                .setRegisterShutdownHook(false);
        SIZING.forEach(builder::setServerConfig);
        durability.serverConfig().forEach(builder::setServerConfig);
        postgres = builder.start();
        try {
            createDatabaseIfMissing();
        } catch (SQLException | RuntimeException failure) {
            postgres.close();  // the postmaster is a process of its own: not left holding the port
            throw failure;
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var existing = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!existing.next()) {
                statement.execute("create database " + DATABASE);
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
