package cn.shixian.standalone;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (Zonky's packaged binaries) whose data directory is kept between
 * runs. Each service gets its own schema in the {@code shixian} database. Durable unless told
 * otherwise ({@link Durability}).
 */
final class LocalPostgres implements AutoCloseable {

    static final String DATABASE = "shixian";

    private final EmbeddedPostgres postgres;

    LocalPostgres(Path dataDir, int port, Durability durability) throws IOException, SQLException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                // the launcher's shutdown hook stops the whole system, PostgreSQL last
                .setRegisterShutdownHook(false);
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
