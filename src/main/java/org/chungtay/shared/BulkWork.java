package org.chungtay.shared;

import java.util.concurrent.Semaphore;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reactions to a large import that follow its commit (pledges settled, receipts issued, batch by
 * batch): on a node, at most {@value #AT_ONCE} of their transactions run at a time, and a batch waits for
 * its turn before it takes a database connection. Without this, a statement of the campaign month hands
 * every thread of the event executor a batch that holds a pooled connection while it waits for its unit's
 * receipt counter, and the people using the portal wait for a connection. Each batch is one transaction of
 * its own that reads committed data (another batch may have settled the same pledge a moment ago).
 */
@Component
public class BulkWork {

    static final int AT_ONCE = 2;

    private final Semaphore turns = new Semaphore(AT_ONCE, true);
    private final TransactionTemplate transactions;

    BulkWork(PlatformTransactionManager transactionManager) {
        transactions = new TransactionTemplate(transactionManager);
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Waits for a turn, then runs the batch in a transaction of its own. */
    public void inTransaction(Runnable batch) {
        turns.acquireUninterruptibly();
        try {
            transactions.executeWithoutResult(status -> batch.run());
        } finally {
            turns.release();
        }
    }
}
