package cn.shixian.deadline.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP ingest (事项事件接收) settings.
 *
 * @param ackTimeout how long {@code POST /api/events} waits for Kafka to acknowledge every event
 *                   before it answers 503
 */
@ConfigurationProperties("shixian.ingest")
record IngestSettings(@DefaultValue("10s") Duration ackTimeout) {

    IngestSettings {
        if (ackTimeout == null || ackTimeout.isNegative() || ackTimeout.isZero()) {
            throw new IllegalArgumentException("shixian.ingest.ack-timeout must be positive, was " + ackTimeout);
        }
    }
}
