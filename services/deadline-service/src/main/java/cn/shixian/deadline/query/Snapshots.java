package cn.shixian.deadline.query;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read-only REPEATABLE READ transactions: in PostgreSQL every statement of one sees the same
 * snapshot (so a count and its page agree), and a read-only one never fails to serialize.
 */
final class Snapshots {

    private Snapshots() {
    }

    static TransactionTemplate readOnly(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        template.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return template;
    }
}
