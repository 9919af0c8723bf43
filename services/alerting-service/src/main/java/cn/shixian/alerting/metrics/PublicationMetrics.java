package cn.shixian.alerting.metrics;

import cn.shixian.alerting.lifecycle.ObligationKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code shixian_publications_total{on_time="true"|"false"}}: publications the read model recorded,
 * in time (MET) or late (MET_LATE). The on-time rate over a window is
 * {@code increase(…{on_time="true"}[1d]) / increase(shixian_publications_total[1d])}.
 * {@code shixian_requests_answered_total{on_time}} counts the requests' answers (依申请公开) the same way.
 */
@Component
public class PublicationMetrics {

    private final Map<ObligationKind, Counter> onTime = new EnumMap<>(ObligationKind.class);
    private final Map<ObligationKind, Counter> late = new EnumMap<>(ObligationKind.class);

    public PublicationMetrics(MeterRegistry registry) {
        for (ObligationKind kind : ObligationKind.values()) {
            onTime.put(kind, counter(registry, kind, true));
            late.put(kind, counter(registry, kind, false));
        }
    }

    private static Counter counter(MeterRegistry registry, ObligationKind kind, boolean onTime) {
        return switch (kind) {
            case ITEM -> Counter.builder("shixian.publications").tag("on_time", Boolean.toString(onTime))
                    .description("Publications recorded by the read model: on_time=true for MET, false for MET_LATE")
                    .register(registry);
            case REQUEST -> Counter.builder("shixian.requests.answered").tag("on_time", Boolean.toString(onTime))
                    .description("Answers to requests (依申请公开) recorded by the read model: on_time=false when late")
                    .register(registry);
        };
    }

    /**
     * Counts one publication (or a request's answer): call it once per obligation that became MET
     * ({@code onTime}) or MET_LATE. Inside a transaction the count is made when it commits (a rolled-back or retried
     * batch counts nothing); outside one at once.
     */
    public void recorded(ObligationKind kind, boolean onTime) {
        Counter counter = (onTime ? this.onTime : late).get(kind);
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
