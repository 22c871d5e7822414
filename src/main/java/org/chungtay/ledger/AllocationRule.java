package org.chungtay.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one attribution rule of the ledger (DD025): <b>oldest gifts first</b>, within one pool.
 * <ul>
 * <li>When a disbursement is PAID, it is matched to the gifts of its pool that have money unspent, oldest first
 * (by the day received, then by payment id), until it is covered or the pool has no unspent gift left.</li>
 * <li>A gift arriving in a pool whose PAID disbursements are not all covered covers the oldest of them first (by
 * the day paid, then by id).</li>
 * <li>A reversed gift loses all its allocations; the disbursements it covered are covered again by the pool's
 * oldest unspent gifts.</li>
 * </ul>
 * All three are the same step, {@link #cover(long)}: match the pool's uncovered PAID disbursements, oldest first,
 * with its unspent gifts, oldest first. After every change the pool is in one of two states: every PAID
 * disbursement covered, or no gift with money unspent; so a new gift always meets the oldest uncovered
 * disbursement first. A designated gift is therefore only ever allocated to what its own pool paid (its
 * project, programme or sponsorship), and an undesignated one to what the general fund of its unit paid.
 * <p>
 * Invariants (AllocationIT): for every payment, its allocations plus its unspent remainder make its amount, the
 * remainder never below zero; for every disbursement, its allocations never exceed it; a reversed payment has no
 * allocations. The caller holds the pool's row lock ({@link PoolStore#lock}) for every call, so that the running
 * sums ({@code ledger_gift.allocated}, {@code disbursement.allocated}) are changed by one transaction at a time.
 */
@Component
class AllocationRule {

    /** Unspent gifts read at a time: a pool of the general fund may hold years of them. */
    private static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    AllocationRule(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Covers the pool's PAID disbursements that are not covered yet, oldest first, with its unspent gifts,
     * oldest first, as far as they go.
     *
     * @return đồng newly allocated
     */
    long cover(long poolId) {
        List<long[]> uncovered = jdbc.sql("""
                SELECT id, amount - allocated AS uncovered FROM disbursement
                WHERE pool_id = :pool AND status = 'PAID' AND allocated < amount ORDER BY paid_on, id""")
                .param("pool", poolId)
                .query((row, n) -> new long[] {row.getLong("id"), row.getLong("uncovered")}).list();
        if (uncovered.isEmpty()) {
            return 0;
        }
        UnspentGifts gifts = new UnspentGifts(poolId);
        Map<List<Long>, Long> matched = new LinkedHashMap<>();
        long total = 0;
        for (long[] disbursement : uncovered) {
            long needed = disbursement[1];
            while (needed > 0) {
                Unspent gift = gifts.oldest();
                if (gift == null) {
                    break;
                }
                long taken = Math.min(needed, gift.unspent);
                gift.unspent -= taken;
                needed -= taken;
                total += taken;
                matched.merge(List.of(gift.paymentId, disbursement[0]), taken, Long::sum);
                if (gift.unspent == 0) {
                    gifts.spent();
                }
            }
            if (needed > 0) {
                break;
            }
        }
        write(matched);
        return total;
    }

    /**
     * Takes back every allocation of a gift that was reversed, marks it reversed, and covers again what it had
     * covered with the pool's oldest unspent gifts.
     *
     * @return the đồng its allocations had
     */
    long withdraw(long paymentId, long poolId) {
        List<Object[]> allocations = jdbc.sql("SELECT disbursement_id, amount FROM allocation WHERE payment_id = :payment")
                .param("payment", paymentId)
                .query((row, n) -> new Object[] {row.getLong("amount"), row.getLong("disbursement_id")}).list();
        if (!allocations.isEmpty()) {
            batches.batchUpdate("UPDATE disbursement SET allocated = allocated - ? WHERE id = ?", allocations);
            jdbc.sql("DELETE FROM allocation WHERE payment_id = :payment").param("payment", paymentId).update();
        }
        jdbc.sql("UPDATE ledger_gift SET allocated = 0, reversed = TRUE WHERE payment_id = :payment")
                .param("payment", paymentId).update();
        long withdrawn = allocations.stream().mapToLong(a -> (Long) a[0]).sum();
        if (withdrawn > 0) {
            cover(poolId);
        }
        return withdrawn;
    }

    private void write(Map<List<Long>, Long> matched) {
        if (matched.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> allocations = new ArrayList<>();
        Map<Long, Long> byGift = new LinkedHashMap<>();
        Map<Long, Long> byDisbursement = new LinkedHashMap<>();
        matched.forEach((pair, amount) -> {
            allocations.add(new Object[] {pair.get(0), pair.get(1), amount, now});
            byGift.merge(pair.get(0), amount, Long::sum);
            byDisbursement.merge(pair.get(1), amount, Long::sum);
        });
        // A gift may already hold part of a disbursement that a reversed gift shared with it.
        batches.batchUpdate("INSERT INTO allocation (payment_id, disbursement_id, amount, allocated_at)"
                + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE amount = amount + VALUES(amount)", allocations);
        batches.batchUpdate("UPDATE ledger_gift SET allocated = allocated + ? WHERE payment_id = ?",
                byGift.entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey()}).toList());
        batches.batchUpdate("UPDATE disbursement SET allocated = allocated + ? WHERE id = ?",
                byDisbursement.entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey()}).toList());
    }

    private static final class Unspent {
        final long paymentId;
        final LocalDate receivedOn;
        long unspent;

        Unspent(long paymentId, LocalDate receivedOn, long unspent) {
            this.paymentId = paymentId;
            this.receivedOn = receivedOn;
            this.unspent = unspent;
        }
    }

    /** The pool's gifts with money unspent, oldest first, read a page at a time as far as they are needed. */
    private final class UnspentGifts {
        private final long poolId;
        private final Deque<Unspent> page = new ArrayDeque<>();
        private Unspent last;
        private boolean exhausted;

        UnspentGifts(long poolId) {
            this.poolId = poolId;
        }

        Unspent oldest() {
            if (page.isEmpty() && !exhausted) {
                read();
            }
            return page.peekFirst();
        }

        void spent() {
            page.pollFirst();
        }

        private void read() {
            String after = last == null ? "" : " AND (received_on > :day OR (received_on = :day AND payment_id > :id))";
            var query = jdbc.sql("SELECT payment_id, received_on, amount - allocated AS unspent FROM ledger_gift"
                            + " WHERE pool_id = :pool AND reversed = FALSE AND allocated < amount" + after
                            + " ORDER BY received_on, payment_id LIMIT " + PAGE)
                    .param("pool", poolId);
            if (last != null) {
                query = query.param("day", last.receivedOn).param("id", last.paymentId);
            }
            List<Unspent> read = query.query((row, n) -> new Unspent(row.getLong("payment_id"),
                    row.getObject("received_on", LocalDate.class), row.getLong("unspent"))).list();
            if (read.size() < PAGE) {
                exhausted = true;
            }
            if (!read.isEmpty()) {
                last = read.getLast();
                page.addAll(read);
            }
        }
    }
}
