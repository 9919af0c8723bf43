package cn.shixian.alerting.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code shixian_publications_total{on_time="true"|"false"}}: publications the read model recorded,
 * in time (MET) or late (MET_LATE). The on-time rate over a window is
 * {@code increase(…{on_time="true"}[1d]) / increase(shixian_publications_total[1d])}.
 */
@Component
public class PublicationMetrics {

    private final Counter onTime;
    private final Counter late;

    public PublicationMetrics(MeterRegistry registry) {
        onTime = counter(registry, true);
        late = counter(registry, false);
    }

    private static Counter counter(MeterRegistry registry, boolean onTime) {
        return Counter.builder("shixian.publications").tag("on_time", Boolean.toString(onTime))
                .description("Publications recorded by the read model: on_time=true for MET, false for MET_LATE")
                .register(registry);
    }

    /**
     * Counts one publication: call it once per obligation that became MET ({@code onTime}) or
     * MET_LATE. Inside a transaction the count is made when it commits (a rolled-back or retried
     * batch counts nothing); outside one at once.
     */
    public void recorded(boolean onTime) {
        Counter counter = onTime ? this.onTime : late;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}
