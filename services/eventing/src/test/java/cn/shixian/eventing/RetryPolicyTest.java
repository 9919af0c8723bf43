package cn.shixian.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.InvalidEventException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOffExecution;

/**
 * What a failing record costs before it is dead-lettered: an outage of our own infrastructure is
 * waited out (never a dead letter), anything else gets three more tries a second apart.
 */
class RetryPolicyTest {

    @Test
    void aDatabaseOutageIsRetriedWithoutEndBackingOffToThirtySeconds() {
        // as the listener container reports it: wrapped, the JDBC driver's exception at the bottom
        Exception outage = new ListenerExecutionFailedException("listener failed",
                new DataAccessResourceFailureException("connection refused",
                        new SQLTransientConnectionException("connection refused")));

        List<Long> pauses = pauses(RetryPolicy.backOffFor(outage).start(), 1_000);

        assertThat(pauses).as("never stops").hasSize(1_000).doesNotContain(BackOffExecution.STOP);
        assertThat(pauses.subList(0, 7)).containsExactly(500L, 1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L);
        assertThat(pauses.getLast()).isEqualTo(30_000L);
    }

    @Test
    void everyKindOfTransientSqlFailureCountsAsAnOutage() {
        assertThat(RetryPolicy.isInfrastructureOutage(new QueryTimeoutException("statement timeout"))).isTrue();
        assertThat(RetryPolicy.isInfrastructureOutage(new RuntimeException(new SQLTransientConnectionException())))
                .isTrue();
        assertThat(RetryPolicy.isInfrastructureOutage(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void anyOtherFailureIsRetriedThreeTimesASecondApartThenGivenUp() {
        List<Long> pauses = pauses(RetryPolicy.backOffFor(new IllegalStateException("a bug")).start(), 10);

        assertThat(pauses).containsExactly(1_000L, 1_000L, 1_000L, BackOffExecution.STOP);
    }

    @Test
    void badInputIsNamedByItsReasonAnythingElseIsProcessingFailed() {
        InvalidEventException bad = new InvalidEventException(InvalidEventException.Reason.SCHEMA_INVALID,
                "data.itemId", "required", "itemId is missing");

        assertThat(DeadLetterRouting.reasonCode(new ListenerExecutionFailedException("failed", bad)))
                .isEqualTo("schema-invalid");
        assertThat(DeadLetterRouting.reasonCode(new IllegalStateException("a bug"))).isEqualTo("processing-failed");
    }

    @Test
    void aCauseChainThatEndsInItselfIsSearchedOnce() {
        Exception selfCaused = new SelfCaused();

        assertThat(RetryPolicy.isInfrastructureOutage(selfCaused)).isFalse();
        assertThat(RetryPolicy.find(selfCaused, SelfCaused.class)).isSameAs(selfCaused);
    }

    private static List<Long> pauses(BackOffExecution execution, int atMost) {
        List<Long> pauses = new ArrayList<>();
        for (int i = 0; i < atMost; i++) {
            long next = execution.nextBackOff();
            pauses.add(next);
            if (next == BackOffExecution.STOP) {
                break;
            }
        }
        return pauses;
    }

    /** Some libraries report themselves as their own cause. */
    private static final class SelfCaused extends RuntimeException {

        @Override
        public synchronized Throwable getCause() {
            return this;
        }
    }
}
