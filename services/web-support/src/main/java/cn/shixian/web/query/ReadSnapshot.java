package cn.shixian.web.query;

import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads in one read-only REPEATABLE READ transaction: in PostgreSQL every statement of it sees the
 * same snapshot (so a count and its page agree, and the parts of a view fit together), and a
 * read-only one never fails to serialize.
 */
public final class ReadSnapshot {

    private final TransactionTemplate template;

    public ReadSnapshot(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        template.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Runs the reads in one snapshot and returns what they return. */
    public <T> T read(Supplier<T> reads) {
        return template.execute(status -> reads.get());
    }
}
