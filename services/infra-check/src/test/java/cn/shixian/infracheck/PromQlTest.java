package cn.shixian.infracheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void names_the_selected_metrics_and_nothing_else() {
        assertThat(PromQl.metricNames("sum by (channel) ((shixian_alerts_total{outcome=~\"failed|gave-up\"} unless "
                + "shixian_alerts_total{outcome=~\"failed|gave-up\"} offset 15m) or increase(shixian_alerts_total[15m])) > 0"))
                .containsExactly("shixian_alerts_total");
        assertThat(PromQl.metricNames("histogram_quantile(0.99, sum by (le) (rate(shixian_deadline_compute_seconds_bucket"
                + "[$__rate_interval])))")).containsExactly("shixian_deadline_compute_seconds_bucket");
        assertThat(PromQl.metricNames("sum(max by (state, region, responsible_body) (shixian_obligations{state=~\"OVERDUE\", "
                + "region=~\"${region}.*\"})) / on() group_left sum(up{job=\"x\"}) * 1e3"))
                .containsExactly("shixian_obligations", "up");
        assertThat(PromQl.metricNames("delta(shixian:obligations_overdue:max[1h]) > 0 and bool nan"))
                .containsExactly("shixian:obligations_overdue:max");
        assertThat(PromQl.metricNames("topk(15, sum without (instance) (kafka_consumer_fetch_manager_records_lag_max))"))
                .containsExactly("kafka_consumer_fetch_manager_records_lag_max");
    }

    @Test
    void a_misspelt_metric_shows() {
        assertThat(PromQl.metricNames("sum(rate(shixian_outbox_relay_total[5m]))")).containsExactly("shixian_outbox_relay_total");
    }
}
