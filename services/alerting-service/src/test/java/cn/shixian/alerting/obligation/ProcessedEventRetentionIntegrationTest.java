package cn.shixian.alerting.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.alerting.AlertingServiceApplication;
import cn.shixian.testsupport.WithRealInfrastructure;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Applied ids older than processed-ids-kept are forgotten, a chunk per call; newer ones stay. */
@SpringBootTest(properties = {"spring.config.name=" + AlertingServiceApplication.CONFIG_NAME,
        "shixian.readmodel.prune-batch=2", "spring.quartz.auto-startup=false"})
@WithRealInfrastructure
class ProcessedEventRetentionIntegrationTest {

    @Autowired
    ProcessedEventRetention retention;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void forgetsTheIdsOlderThanTheTopicCanRedeliverAChunkAtATime() {
        List<String> old = List.of(id(), id(), id());
        List<String> recent = List.of(id(), id());
        old.forEach(id -> insert(id, Duration.ofDays(15)));
        recent.forEach(id -> insert(id, Duration.ofDays(13)));

        while (retention.prune() > 0) {
            // a chunk of at most 2 a call, until nothing older than 14 days is left
        }

        assertThat(remaining(old)).isEmpty();
        assertThat(remaining(recent)).containsExactlyInAnyOrderElementsOf(recent);
    }

    private static String id() {
        return "retention-" + UUID.randomUUID();
    }

    private void insert(String id, Duration ago) {
        jdbc.sql("insert into processed_event (event_id, processed_at) values (?, ?)")
                .params(id, Timestamp.from(clock.instant().minus(ago))).update();
    }

    private List<String> remaining(List<String> ids) {
        return jdbc.sql("select event_id from processed_event where event_id in (:ids)").param("ids", ids)
                .query(String.class).list();
    }
}
