package cn.shixian.eventing;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * How long a failing record is retried before it is dead-lettered. Infrastructure outages
 * (database unreachable, transient SQL errors) pause the partition and retry for as long as it
 * takes; an unexpected processing error is retried a few times, then dead-lettered with reason
 * {@code processing-failed} so one poisoned record cannot stall a partition for ever.
 */
final class RetryPolicy {

    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private RetryPolicy() {
    }

    static BackOff backOffFor(Exception failure) {
        if (isInfrastructureOutage(failure)) {
            return untilItWorks();
        }
        return new FixedBackOff(1000, 3);
    }

    /** Half a second, doubling up to 30 s between tries, without end. */
    static BackOff untilItWorks() {
        ExponentialBackOff untilItWorks = new ExponentialBackOff(500, 2.0);
        untilItWorks.setMaxInterval(MAX_PAUSE.toMillis());
        return untilItWorks;
    }

    static boolean isInfrastructureOutage(Throwable failure) {
        return find(failure, TransientDataAccessException.class) != null
                || find(failure, RecoverableDataAccessException.class) != null
                || find(failure, DataAccessResourceFailureException.class) != null
                || find(failure, SQLTransientException.class) != null
                || find(failure, SQLRecoverableException.class) != null;
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
