package cn.shixian.alerting.metrics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code shixian_obligations} gauges.
 *
 * @param refreshInterval how often the counts are taken from the read model (one GROUP BY query)
 * @param maxSeries       at most this many series; smaller groups are folded (see {@link SeriesCap})
 */
@ConfigurationProperties("shixian.metrics.obligations")
record ObligationGaugeSettings(@DefaultValue("30s") Duration refreshInterval, @DefaultValue("2000") int maxSeries) {

    ObligationGaugeSettings {
        if (refreshInterval == null || refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new IllegalArgumentException(
                    "shixian.metrics.obligations.refresh-interval must be positive, was " + refreshInterval);
        }
        if (maxSeries < SeriesCap.MIN_SERIES) {
            throw new IllegalArgumentException("shixian.metrics.obligations.max-series must be at least "
                    + SeriesCap.MIN_SERIES + " (one per state, and one more), was " + maxSeries);
        }
    }
}
