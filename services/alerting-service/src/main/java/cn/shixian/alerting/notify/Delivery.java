package cn.shixian.alerting.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One message to one recipient on one channel, as claimed from table {@code delivery}: about an
 * alert, or the daily digest (摘要) of a day.
 *
 * @param attempts attempts started, this one included
 */
record Delivery(long id, UUID alertId, LocalDate digestOn, String type, String channel, String recipient,
                String region, int attempts) {

    static final String DIGEST_TYPE = "digest";

    static Delivery of(ResultSet rs) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getObject("alert_id", UUID.class),
                rs.getObject("digest_on", LocalDate.class), rs.getString("type"), rs.getString("channel"),
                rs.getString("recipient"), rs.getString("region"), rs.getInt("attempts"));
    }

    boolean isDigest() {
        return digestOn != null;
    }
}
