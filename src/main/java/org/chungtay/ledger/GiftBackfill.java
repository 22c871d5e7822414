package org.chungtay.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.chungtay.payments.PaymentService;
import org.chungtay.shared.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books the payments recorded before the ledger existed, once (DD025): after the start, in the background, a
 * batch of {@value #BATCH} payments per transaction through the same {@link GiftFeed#book} as the listeners,
 * remembering in {@code ledger_backfill} how far it got, so that a stop halfway resumes where it was and a
 * finished backfill costs one query per start. Not a Flyway Java migration: that runs before the application
 * exists, so it could not ask the pledges module what each pledge was for, nor the donors module who may be
 * named, and would have to copy the booking in SQL. Two nodes starting together may both run it: booking is
 * idempotent under the pools' locks.
 */
@Component
class GiftBackfill {

    static final int BATCH = 250;
    private static final Logger LOG = LoggerFactory.getLogger(GiftBackfill.class);

    private final GiftFeed feed;
    private final PaymentService payments;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    GiftBackfill(GiftFeed feed, PaymentService payments, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.feed = feed;
        this.payments = payments;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startInBackground() {
        Thread.ofPlatform().daemon().name("ledger-backfill").start(() -> {
            try {
                run();
            } catch (RuntimeException failed) {
                LOG.warn("Ledger backfill stopped; it resumes at the next start: {}", failed.toString());
            }
        });
    }

    /** @return how many gifts it booked */
    int run() {
        int booked = 0;
        while (true) {
            Integer done = transactions.execute(status -> SystemActor.call(this::step));
            if (done == null || done < 0) {
                if (booked > 0) {
                    LOG.info("Ledger backfill booked {} gifts of payments recorded before the ledger", booked);
                }
                return booked;
            }
            booked += done;
        }
    }

    /** One batch; -1 when there is nothing left. */
    private int step() {
        var state = jdbc.sql("SELECT fed_up_to, done FROM ledger_backfill WHERE id = 1")
                .query((row, n) -> new Object[] {row.getLong("fed_up_to"), row.getBoolean("done")}).optional();
        if (state.isEmpty() || (Boolean) state.get()[1]) {
            return -1;
        }
        long after = (Long) state.get()[0];
        List<Long> ids = payments.moneyPaymentIdsAfter(after, BATCH);
        if (ids.isEmpty()) {
            jdbc.sql("UPDATE ledger_backfill SET done = TRUE, updated_at = :now WHERE id = 1")
                    .param("now", Timestamp.from(Instant.now())).update();
            return -1;
        }
        int booked = feed.book(ids);
        jdbc.sql("UPDATE ledger_backfill SET fed_up_to = GREATEST(fed_up_to, :last), updated_at = :now WHERE id = 1")
                .param("last", ids.getLast()).param("now", Timestamp.from(Instant.now())).update();
        return booked;
    }
}
