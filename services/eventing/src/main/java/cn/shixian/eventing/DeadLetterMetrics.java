package cn.shixian.eventing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code shixian_dead_letters_total{reason,topic}}: every record any service dead-letters. */
@Component
public class DeadLetterMetrics {

    private final MeterRegistry registry;

    DeadLetterMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(String topic, String reason) {
        Counter.builder("shixian.dead.letters")
                .description("Records sent to a dead-letter topic")
                .tag("reason", reason)
                .tag("topic", topic)
                .register(registry)
                .increment();
    }
}
