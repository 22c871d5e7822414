package org.chungtay.pledges;

import java.util.Optional;

import org.chungtay.payments.PaymentRecorded;
import org.chungtay.payments.PaymentReversed;
import org.chungtay.payments.PaymentTarget;
import org.chungtay.payments.PaymentTargets;
import org.chungtay.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Money reaching pledges. The payments module asks here which pledge a reference names, and tells of
 * payments and reversals through its events, delivered after its transaction commits by the event
 * publication registry, which hands an event over again when a node died before the reaction completed.
 * So a reaction may run twice: each payment is one row of {@code pledge_payment}, written once, and the
 * pledge's {@code paid} is always the sum of those rows, never an increment.
 */
@Component
class PledgePayments implements PaymentTargets {

    private final PledgeRepository pledges;
    private final JdbcClient jdbc;

    PledgePayments(PledgeRepository pledges, JdbcClient jdbc) {
        this.pledges = pledges;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PaymentTarget> byReference(String reference) {
        return ReferenceCode.findIn(reference).flatMap(code -> pledges.findByReference(code.value()))
                .map(PledgePayments::target);
    }

    @ApplicationModuleListener
    void on(PaymentRecorded payment) {
        if (payment.pledgeId() != null) {
            settle(payment.pledgeId(), () -> jdbc.sql("INSERT INTO pledge_payment (payment_id, pledge_id, amount, reversed)"
                            + " SELECT :payment, :pledge, :amount, FALSE FROM pledge WHERE id = :pledge AND NOT EXISTS"
                            + " (SELECT 1 FROM pledge_payment WHERE payment_id = :payment)")
                    .param("payment", payment.paymentId()).param("pledge", payment.pledgeId())
                    .param("amount", payment.amount()).update());
        }
    }

    @ApplicationModuleListener
    void on(PaymentReversed reversal) {
        if (reversal.pledgeId() != null) {
            settle(reversal.pledgeId(), () -> jdbc.sql("UPDATE pledge_payment SET reversed = TRUE WHERE payment_id = :payment")
                    .param("payment", reversal.paymentId()).update());
        }
    }

    /**
     * Applies the change under a lock on the pledge's row, taken first, so that two payments for one pledge
     * handled at the same moment on two nodes are added up one after the other, never from the same snapshot.
     */
    private void settle(long pledgeId, Runnable change) {
        // Plain SQL: Hibernate's MySQL dialect writes FOR UPDATE OF, which MariaDB does not know.
        jdbc.sql("SELECT id FROM pledge WHERE id = :pledge FOR UPDATE").param("pledge", pledgeId).query(Long.class).single();
        change.run();
        long paid = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM pledge_payment WHERE pledge_id = :pledge AND NOT reversed")
                .param("pledge", pledgeId).query(Long.class).single();
        pledges.findById(pledgeId).orElseThrow().settle(Money.vnd(paid));
    }

    private static PaymentTarget target(Pledge pledge) {
        return new PaymentTarget(pledge.id(), pledge.reference(), pledge.campaignId(), pledge.fundUnitId(),
                pledge.fundUnitPath(), pledge.donorId(), pledge.donorName(), pledge.total(), pledge.paid(),
                pledge.acceptsPayments());
    }
}
