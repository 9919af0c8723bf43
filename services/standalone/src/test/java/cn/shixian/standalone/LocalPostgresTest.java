package cn.shixian.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server {@code ./shixian up} starts runs with the launcher's sizing and durability, not Zonky's test settings. */
class LocalPostgresTest {

    @TempDir
    Path dataDir;

    @Test
    void runsWithTheLaunchersSizingAndDurability() throws Exception {
        try (LocalPostgres postgres = new LocalPostgres(dataDir, freePort(), Durability.DURABLE);
             Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "postgres")) {
            assertThat(setting(connection, "shared_buffers")).isEqualTo("512MB");
            assertThat(setting(connection, "max_wal_size")).isEqualTo("4GB");
            assertThat(setting(connection, "random_page_cost")).isEqualTo("1.1");
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
