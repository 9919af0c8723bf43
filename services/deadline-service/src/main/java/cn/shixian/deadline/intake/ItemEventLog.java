package cn.shixian.deadline.intake;

import cn.shixian.contracts.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every item event the service accepted, once: the CloudEvents {@code id} is the key, so a
 * redelivered or re-sent event is recorded a single time.
 */
@Repository
class ItemEventLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    ItemEventLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return {@code true} if the event was new, {@code false} if it had been recorded before */
    boolean append(CloudEvent<?> event, byte[] json) {
        int inserted = jdbc.sql("""
                insert into item_event (event_id, item_id, type, received_at, payload)
                values (:id, :itemId, :type, :receivedAt, cast(:payload as jsonb))
                on conflict (event_id) do nothing""")
                .param("id", event.id())
                .param("itemId", event.subject())
                .param("type", event.type().type())
                .param("receivedAt", Timestamp.from(clock.instant()))
                .param("payload", new String(json, StandardCharsets.UTF_8))
                .update();
        return inserted == 1;
    }

    long countFor(String itemId) {
        return jdbc.sql("select count(*) from item_event where item_id = :itemId")
                .param("itemId", itemId)
                .query(Long.class)
                .single();
    }
}
