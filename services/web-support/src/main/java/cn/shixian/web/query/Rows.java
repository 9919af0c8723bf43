package cn.shixian.web.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Column reading the services' query records share. */
public final class Rows {

    private Rows() {
    }

    /** A {@code timestamptz} column as an instant (JSON: UTC with {@code Z}); {@code null} stays {@code null}. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
