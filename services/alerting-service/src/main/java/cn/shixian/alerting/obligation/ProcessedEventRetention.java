package cn.shixian.alerting.obligation;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code processed_event} from growing without end: the ids of deadline events applied longer
 * ago than {@code shixian.readmodel.processed-ids-kept} are forgotten, a bounded chunk at a time (the
 * sweep job calls it, on one instance at a time). A record older than the topic's retention cannot
 * be redelivered, and the read model's moves are idempotent by state besides (an obligation is
 * opened once, closed once).
 */
@Component
@EnableConfigurationProperties(ReadModelSettings.class)
public class ProcessedEventRetention {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReadModelSettings settings;

    ProcessedEventRetention(JdbcClient jdbc, Clock clock, ReadModelSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** Forgets up to one chunk of old ids; returns how many. */
    public int prune() {
        // processed_event_by_time (BRIN, V11) finds the old ones without reading the whole table
        return jdbc.sql("""
                delete from processed_event where ctid = any (array(
                    select ctid from processed_event where processed_at < :before limit :limit))""")
                .param("before", Timestamp.from(clock.instant().minus(settings.processedIdsKept())))
                .param("limit", settings.pruneBatch())
                .update();
    }
}
