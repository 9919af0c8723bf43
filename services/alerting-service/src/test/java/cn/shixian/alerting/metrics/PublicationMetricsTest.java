package cn.shixian.alerting.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.alerting.lifecycle.ObligationKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class PublicationMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PublicationMetrics metrics = new PublicationMetrics(registry);

    @AfterEach
    void noSynchronizationLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void bothCountersExistFromTheStart() {
        assertThat(count(true)).isZero();
        assertThat(count(false)).isZero();
    }

    @Test
    void countsAtOnceOutsideATransaction() {
        metrics.recorded(ObligationKind.ITEM, true);
        metrics.recorded(ObligationKind.ITEM, false);
        metrics.recorded(ObligationKind.ITEM, false);
        assertThat(count(true)).isEqualTo(1);
        assertThat(count(false)).isEqualTo(2);
    }

    @Test
    void countsWhenTheTransactionCommitsAndNotWhenItRollsBack() {
        TransactionSynchronizationManager.initSynchronization();
        metrics.recorded(ObligationKind.ITEM, true);
        assertThat(count(true)).isZero();
        TransactionSynchronizationUtils.triggerAfterCommit();
        TransactionSynchronizationManager.clearSynchronization();
        assertThat(count(true)).isEqualTo(1);

        TransactionSynchronizationManager.initSynchronization();
        metrics.recorded(ObligationKind.ITEM, false);
        TransactionSynchronizationUtils.invokeAfterCompletion(TransactionSynchronizationManager.getSynchronizations(),
                TransactionSynchronization.STATUS_ROLLED_BACK);
        TransactionSynchronizationManager.clearSynchronization();
        assertThat(count(false)).isZero();
    }

    @Test
    void countsARequestsAnswerApartFromPublications() {
        metrics.recorded(ObligationKind.REQUEST, false);
        assertThat(registry.get("shixian.requests.answered").tag("on_time", "false").counter().count()).isEqualTo(1);
        assertThat(registry.get("shixian.requests.answered").tag("on_time", "true").counter().count()).isZero();
        assertThat(count(false)).isZero();
    }

    private double count(boolean onTime) {
        return registry.get("shixian.publications").tag("on_time", Boolean.toString(onTime)).counter().count();
    }
}
