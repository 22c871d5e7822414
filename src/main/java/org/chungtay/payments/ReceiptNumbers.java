package org.chungtay.payments;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out receipt numbers per fund unit and year with no gap and no duplicate, across nodes.
 *
 * <p>Each unit and year has one counter row. A number is taken inside the transaction that stores the
 * receipt, under the counter row's lock ({@code SELECT … FOR UPDATE}): a second accountant, on any node,
 * waits until the first transaction ends, and if it rolls back its number was never used, so the next one
 * gets it. The counter row is created beforehand in a transaction of its own, so that the issuing
 * transaction only ever locks a row that exists: an insert racing an update in one transaction is a
 * classic InnoDB deadlock (gap and insert-intention locks), which this order avoids.
 */
@Component
class ReceiptNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    ReceiptNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number of the unit's year; must run in the transaction that stores the receipt. */
    @Transactional(propagation = Propagation.MANDATORY)
    ReceiptNumber next(long fundUnitId, String unitCode, int year) {
        if (!exists(fundUnitId, year)) {
            separately.executeWithoutResult(status -> create(fundUnitId, year));
        }
        int last = jdbc.sql("SELECT last_number FROM receipt_counter WHERE fund_unit_id = :unit AND receipt_year = :year"
                        + " FOR UPDATE")
                .param("unit", fundUnitId).param("year", year).query(Integer.class).single();
        jdbc.sql("UPDATE receipt_counter SET last_number = :next WHERE fund_unit_id = :unit AND receipt_year = :year")
                .param("next", last + 1).param("unit", fundUnitId).param("year", year).update();
        return new ReceiptNumber(unitCode, year, last + 1);
    }

    private boolean exists(long fundUnitId, int year) {
        return jdbc.sql("SELECT COUNT(*) FROM receipt_counter WHERE fund_unit_id = :unit AND receipt_year = :year")
                .param("unit", fundUnitId).param("year", year).query(Long.class).single() > 0;
    }

    private void create(long fundUnitId, int year) {
        try {
            jdbc.sql("INSERT INTO receipt_counter (fund_unit_id, receipt_year, last_number) VALUES (:unit, :year, 0)")
                    .param("unit", fundUnitId).param("year", year).update();
        } catch (DuplicateKeyException createdByAnotherAccountant) {
            // The row is there, which is all that was wanted.
        }
    }
}
