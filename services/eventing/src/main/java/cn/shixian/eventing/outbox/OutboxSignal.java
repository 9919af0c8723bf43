package cn.shixian.eventing.outbox;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the relay when a transaction that wrote to the outbox commits, so records leave within
 * milliseconds instead of at the next poll; the poll interval only bounds the wait when another
 * instance wrote them.
 */
class OutboxSignal {

    private final Semaphore written = new Semaphore(0);

    void afterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    void wake() {
        if (written.availablePermits() == 0) {
            written.release();
        }
    }

    /** Waits until something was written or {@code millis} passed; returns at once if it already was. */
    void await(long millis) throws InterruptedException {
        if (written.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
            written.drainPermits();
        }
    }
}
