package cn.shixian.alerting.sweep;

import cn.shixian.alerting.AlertingServiceApplication;
import cn.shixian.testsupport.MutableClock;
import cn.shixian.testsupport.WithRealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Base of the sweep tests: the service on the real Kafka and PostgreSQL, its scheduled sweep an
 * hour away (the test runs {@link #sweep} itself), the outbox relayed every 100 ms, and a clock the
 * test moves. Annotate the test {@code @WithMutableClock("…")} with where its clock starts.
 */
@SpringBootTest(properties = {"spring.config.name=" + AlertingServiceApplication.CONFIG_NAME,
        SweepApplicationTest.SWEEP_INTERVAL, SweepApplicationTest.OUTBOX_POLL_INTERVAL})
@WithRealInfrastructure
abstract class SweepApplicationTest {

    static final String SWEEP_INTERVAL = "shixian.sweep.interval=1h";
    static final String OUTBOX_POLL_INTERVAL = "shixian.outbox.poll-interval=100ms";

    @Autowired
    MutableClock clock;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    Sweep sweep;
    @Autowired
    JdbcClient jdbc;
}
