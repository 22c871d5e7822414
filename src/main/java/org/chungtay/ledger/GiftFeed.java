package org.chungtay.ledger;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.chungtay.donors.DonorService;
import org.chungtay.payments.PaymentFacts;
import org.chungtay.payments.PaymentRecorded;
import org.chungtay.payments.PaymentReversed;
import org.chungtay.payments.PaymentService;
import org.chungtay.payments.PaymentsRecorded;
import org.chungtay.shared.BulkWork;
import org.chungtay.shared.SystemActor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books every payment of money as a gift of the pool its pledge designates (DD025), after the payment's
 * recording has committed, and takes a reversed payment's gift back. An imported statement's batch of 250 is
 * booked in one transaction with a handful of queries, whatever its size. Booking is idempotent: a payment is
 * booked once, however often its event comes, and whatever the order its recording and its reversal arrive in.
 */
@Component
class GiftFeed {

    private final PaymentService payments;
    private final GiftDesignations designations;
    private final DonorService donors;
    private final PoolStore pools;
    private final AllocationRule rule;
    private final BulkWork bulk;
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    GiftFeed(PaymentService payments, GiftDesignations designations, DonorService donors, PoolStore pools,
            AllocationRule rule, BulkWork bulk, JdbcClient jdbc, JdbcTemplate batches) {
        this.payments = payments;
        this.designations = designations;
        this.donors = donors;
        this.pools = pools;
        this.rule = rule;
        this.bulk = bulk;
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @ApplicationModuleListener
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    void on(PaymentRecorded recorded) {
        SystemActor.run(() -> book(List.of(recorded.paymentId())));
    }

    /** A batch of an imported statement: its turn among the import's other after-commit work ({@link BulkWork}). */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PaymentsRecorded batch) {
        bulk.inTransaction(() -> SystemActor.run(() -> book(batch.payments().stream()
                .map(PaymentRecorded::paymentId).toList())));
    }

    @ApplicationModuleListener
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    void on(PaymentReversed reversed) {
        SystemActor.run(() -> {
            book(List.of(reversed.paymentId()));
            reverse(reversed.paymentId());
        });
    }

    /**
     * Books the gifts of these payments that are not booked yet (goods are not money and get none), each in its
     * pool, and lets each new gift cover what its pool paid and had not covered. A payment reversed before it
     * was booked is booked reversed. Runs in the caller's transaction, as the system.
     *
     * @return how many gifts were booked
     */
    int book(Collection<Long> paymentIds) {
        if (paymentIds.isEmpty()) {
            return 0;
        }
        Set<Long> booked = booked(paymentIds);
        List<PaymentFacts> fresh = payments.facts(paymentIds.stream().filter(id -> !booked.contains(id)).toList())
                .stream().filter(PaymentFacts::isMoney).toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        Map<Long, Designation> designated = designations.of(fresh.stream().map(PaymentFacts::pledgeId)
                .filter(Objects::nonNull).distinct().toList());
        Map<Long, String> names = donors.publicNames(fresh.stream().map(PaymentFacts::donorId)
                .filter(Objects::nonNull).distinct().toList());
        Map<Long, PoolStore.Spec> specs = new HashMap<>();
        for (PaymentFacts payment : fresh) {
            Designation designation = payment.pledgeId() == null ? Designation.GENERAL
                    : designated.getOrDefault(payment.pledgeId(), Designation.GENERAL);
            specs.put(payment.paymentId(), PoolStore.Spec.of(designation, payment.pledgeId(), payment.fundUnitId(),
                    payment.fundUnitPath()));
        }
        Map<String, Long> poolIds = pools.ensure(specs.values());
        pools.lock(poolIds.values());
        // Under the pools' locks nobody else books these payments: what is not booked now is ours to book.
        Set<Long> bookedMeanwhile = booked(fresh.stream().map(PaymentFacts::paymentId).toList());
        List<Object[]> rows = new ArrayList<>();
        Map<Long, Long> receivedByPool = new HashMap<>();
        for (PaymentFacts payment : fresh) {
            if (bookedMeanwhile.contains(payment.paymentId())) {
                continue;
            }
            long poolId = poolIds.get(specs.get(payment.paymentId()).key());
            rows.add(new Object[] {payment.paymentId(), poolId, payment.fundUnitId(), payment.fundUnitPath(),
                    payment.campaignId(), payment.donorId(),
                    payment.donorId() == null ? null : names.get(payment.donorId()),
                    Date.valueOf(payment.receivedOn()), payment.amount().amount(), payment.reversed()});
            if (!payment.reversed()) {
                receivedByPool.merge(poolId, payment.amount().amount(), Long::sum);
            }
        }
        batches.batchUpdate("INSERT INTO ledger_gift (payment_id, pool_id, fund_unit_id, fund_unit_path, campaign_id,"
                + " donor_id, public_name, received_on, amount, allocated, reversed)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)", rows);
        receivedByPool.forEach((poolId, received) -> {
            pools.changeReceived(poolId, received);
            rule.cover(poolId);
        });
        return rows.size();
    }

    /**
     * Takes a reversed payment's gift back: its money leaves its pool, its allocations go, and what it had
     * covered is covered again by the pool's oldest unspent gifts. Nothing happens to a gift already reversed,
     * or to a payment the ledger has no gift of (goods).
     */
    void reverse(long paymentId) {
        Long poolId = jdbc.sql("SELECT pool_id FROM ledger_gift WHERE payment_id = :payment")
                .param("payment", paymentId).query(Long.class).optional().orElse(null);
        if (poolId == null) {
            return;
        }
        pools.lock(List.of(poolId));
        var gift = jdbc.sql("SELECT amount, reversed FROM ledger_gift WHERE payment_id = :payment")
                .param("payment", paymentId)
                .query((row, n) -> new long[] {row.getLong("amount"), row.getBoolean("reversed") ? 1 : 0}).single();
        if (gift[1] == 1) {
            return;
        }
        pools.changeReceived(poolId, -gift[0]);
        rule.withdraw(paymentId, poolId);
    }

    private Set<Long> booked(Collection<Long> paymentIds) {
        if (paymentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT payment_id FROM ledger_gift WHERE payment_id IN (:ids)")
                .param("ids", paymentIds).query(Long.class).list());
    }
}
