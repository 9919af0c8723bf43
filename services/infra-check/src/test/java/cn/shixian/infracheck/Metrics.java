package cn.shixian.infracheck;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The metrics infra/ may use, a fixed list (rather than parsed from the READMEs, whose metrics
 * tables do not list every meter, e.g. the sweep timer). It is kept honest the other way:
 * {@link MetricNamesTest} checks that each Shixian meter is built under that name and kind in the
 * services' main code, and the Kafka client metrics are the ones the deadline-service README names.
 *
 * <p>Add a metric here when the code gains a meter that a rule or panel should use.
 */
final class Metrics {

    enum Kind {
        /** Micrometer Counter: Prometheus {@code <name>_total}. */
        COUNTER,
        /** Micrometer Gauge or MultiGauge: {@code <name>}. */
        GAUGE,
        /** Micrometer Timer with a histogram: {@code <name>_seconds_bucket|_count|_sum|_max}. */
        TIMER,
        /** Not a Micrometer meter of ours: Prometheus' own ({@code up}) or Micrometer's Kafka client binder. */
        EXTERNAL
    }

    /** One metric: the Micrometer name (dots) for ours, the Prometheus name for external ones. */
    record Metric(String name, Kind kind) {

        /** The series names Prometheus stores for it. */
        List<String> prometheusNames() {
            String base = name.replace('.', '_');
            return switch (kind) {
                case COUNTER -> List.of(base + "_total");
                case GAUGE, EXTERNAL -> List.of(base);
                case TIMER -> List.of(base + "_seconds_bucket", base + "_seconds_count", base + "_seconds_sum",
                        base + "_seconds_max");
            };
        }
    }

    static final List<Metric> ALL = List.of(
            // deadline-service (cn.shixian.deadline.intake.IntakeMetrics)
            new Metric("shixian.events.consumed", Kind.COUNTER),
            new Metric("shixian.item.events", Kind.COUNTER),
            new Metric("shixian.obligations.opened", Kind.COUNTER),
            new Metric("shixian.time.limit.unparsed", Kind.COUNTER),
            new Metric("shixian.deadline.compute", Kind.TIMER),
            // eventing, both services (DeadLetterMetrics, OutboxRelay)
            new Metric("shixian.dead.letters", Kind.COUNTER),
            new Metric("shixian.outbox.relayed", Kind.COUNTER),
            // deadline-service (cn.shixian.deadline.calendar.NoticeWatch)
            new Metric("shixian.calendar.notice.missing", Kind.GAUGE),
            new Metric("shixian.calendar.provisional.open", Kind.GAUGE),
            // alerting-service (ObligationGauges, PublicationMetrics, NotifyMetrics, Sweep)
            new Metric("shixian.obligations", Kind.GAUGE),
            new Metric("shixian.publications", Kind.COUNTER),
            new Metric("shixian.requests", Kind.GAUGE),
            new Metric("shixian.requests.answered", Kind.COUNTER),
            new Metric("shixian.alerts", Kind.COUNTER),
            new Metric("shixian.sweep", Kind.TIMER),
            // Micrometer's Kafka client metrics (KafkaClientMetrics, bound by Spring Boot to every consumer)
            new Metric("kafka_consumer_fetch_manager_records_lag", Kind.EXTERNAL),
            new Metric("kafka_consumer_fetch_manager_records_lag_max", Kind.EXTERNAL),
            // Prometheus: 1 if the last scrape of a target succeeded
            new Metric("up", Kind.EXTERNAL));

    static Set<String> prometheusNames() {
        Set<String> names = new TreeSet<>();
        ALL.forEach(m -> names.addAll(m.prometheusNames()));
        return names;
    }

    private Metrics() {
    }
}
