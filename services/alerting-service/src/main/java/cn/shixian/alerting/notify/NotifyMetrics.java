package cn.shixian.alerting.notify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counter {@code shixian.alerts} (Prometheus {@code shixian_alerts_total}) per type, channel and
 * outcome. Tags stay bounded: types are the four alert types and {@code digest}, channels come
 * from configuration.
 */
@Component
class NotifyMetrics {

    enum Outcome {
        SENT("sent"), FAILED("failed"), HELD("held"), GAVE_UP("gave-up"), WITHDRAWN("withdrawn");

        final String tag;

        Outcome(String tag) {
            this.tag = tag;
        }
    }

    private final MeterRegistry meters;

    NotifyMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void count(String type, String channel, Outcome outcome) {
        Counter.builder("shixian.alerts")
                .description("Alert notifications by type, channel and outcome (sent, failed, held, gave-up, withdrawn)")
                .tag("type", type).tag("channel", channel).tag("outcome", outcome.tag)
                .register(meters).increment();
    }
}
