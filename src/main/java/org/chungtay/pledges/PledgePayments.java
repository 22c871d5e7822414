package org.chungtay.pledges;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chungtay.payments.OpenPledge;
import org.chungtay.payments.PaymentRecorded;
import org.chungtay.payments.PaymentReversed;
import org.chungtay.payments.PaymentsRecorded;
import org.chungtay.payments.PaymentTarget;
import org.chungtay.payments.PaymentTargets;
import org.chungtay.shared.BulkWork;
import org.chungtay.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money reaching pledges. The payments module asks here which pledge a reference names, and tells of
 * payments and reversals through its events, delivered after its transaction commits by the event
 * publication registry, which hands an event over again when a node died before the reaction completed.
 * So a reaction may run twice: each payment is one row of {@code pledge_payment}, written once, and the
 * pledge's {@code paid} is always the sum of those rows, never an increment.
 *
 * <p>The reactions read committed data, not InnoDB's default repeatable-read snapshot. An imported
 * statement's batches are handled side by side, and in repeatable read a batch sums a pledge's payments,
 * and loads the pledge, from the snapshot of its first read, taken before it waited for the pledge's lock:
 * a payment committed meanwhile by another batch was missing from the sum, and the pledge's version was
 * stale, so the batch failed and waited for the registry's next resubmission. The existence check of each
 * insert also locked the gap after the newest payment ids, where every batch inserts: batches deadlocked.
 */
@Component
class PledgePayments implements PaymentTargets {

    /** The states in which a pledge still waits for money; a fulfilled one takes more only by its reference. */
    private static final List<String> OPEN = List.of(PledgeStatus.PLEDGED.name(), PledgeStatus.CONFIRMED.name(),
            PledgeStatus.PARTLY_FULFILLED.name());

    private final PledgeRepository pledges;
    private final JdbcClient jdbc;
    private final BulkWork bulk;

    PledgePayments(PledgeRepository pledges, JdbcClient jdbc, BulkWork bulk) {
        this.pledges = pledges;
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    @Override
    public Optional<PaymentTarget> byReference(String reference) {
        return ReferenceCode.findIn(reference).flatMap(code -> pledges.findByReference(code.value()))
                .map(PledgePayments::target);
    }

    @Override
    public Optional<String> referenceIn(String transferNote) {
        return ReferenceCode.findIn(transferNote).map(ReferenceCode::value);
    }

    /**
     * Two queries, whatever the number of pledges: the pledges, then their instalments in due order. A
     * statement is matched against every open pledge at once, so this is one read of the subtree, not a page.
     */
    @Override
    public List<OpenPledge> open(String subtreePath) {
        Map<Long, List<Long>> instalments = new HashMap<>();
        jdbc.sql("SELECT i.pledge_id, i.amount FROM pledge_instalment i JOIN pledge p ON p.id = i.pledge_id"
                        + " WHERE p.fund_unit_path LIKE :subtree AND p.status IN (:open) ORDER BY i.pledge_id, i.seq")
                .param("subtree", subtreePath + "%").param("open", OPEN)
                .query(row -> {
                    instalments.computeIfAbsent(row.getLong("pledge_id"), id -> new ArrayList<>()).add(row.getLong("amount"));
                });
        return jdbc.sql("SELECT p.id, p.reference, p.campaign_id, p.fund_unit_id, p.fund_unit_path, p.donor_id,"
                        + " p.donor_name, p.tax_code, p.total, p.paid FROM pledge p"
                        + " WHERE p.fund_unit_path LIKE :subtree AND p.status IN (:open)")
                .param("subtree", subtreePath + "%").param("open", OPEN)
                .query((row, number) -> {
                    long id = row.getLong("id");
                    List<Long> due = instalments.getOrDefault(id, List.of(row.getLong("total")));
                    return new OpenPledge(id, row.getString("reference"), row.getLong("campaign_id"),
                            row.getLong("fund_unit_id"), row.getString("fund_unit_path"),
                            (Long) row.getObject("donor_id", Long.class), row.getString("donor_name"),
                            row.getString("tax_code"), settling(due, row.getLong("paid")));
                })
                .list().stream().filter(pledge -> !pledge.settlingAmounts().isEmpty()).toList();
    }

    /** What would settle each instalment exactly, after what is paid: [100, 100, 100] with 150 paid → 50, 150, 250. */
    static List<Money> settling(List<Long> instalments, long paid) {
        List<Money> amounts = new ArrayList<>();
        long covered = 0;
        for (long instalment : instalments) {
            covered += instalment;
            if (covered > paid) {
                amounts.add(Money.vnd(covered - paid));
            }
        }
        return amounts;
    }

    @ApplicationModuleListener
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    void on(PaymentRecorded payment) {
        if (payment.pledgeId() != null) {
            settle(payment.pledgeId(), () -> jdbc.sql("INSERT INTO pledge_payment (payment_id, pledge_id, amount, reversed)"
                            + " SELECT :payment, :pledge, :amount, FALSE FROM pledge WHERE id = :pledge AND NOT EXISTS"
                            + " (SELECT 1 FROM pledge_payment WHERE payment_id = :payment)")
                    .param("payment", payment.paymentId()).param("pledge", payment.pledgeId())
                    .param("amount", payment.amount()).update());
        }
    }

    /**
     * Payments of an imported statement, pledge by pledge in id order, so that two batches never deadlock;
     * a batch takes a connection only when its turn comes ({@link BulkWork}).
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PaymentsRecorded batch) {
        bulk.inTransaction(() -> batch.payments().stream()
                .sorted(Comparator.comparing(PaymentRecorded::pledgeId, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(this::on));
    }

    @ApplicationModuleListener
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
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
                pledge.acceptsPayments(),
                pledge.programme() == null ? pledge.kind().labelKey() : pledge.programme().labelKey());
    }
}
