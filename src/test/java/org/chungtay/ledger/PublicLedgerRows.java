package org.chungtay.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.funds.ThankYouTiming;
import org.chungtay.payments.PaymentEntry;
import org.chungtay.payments.PaymentMethod;
import org.chungtay.payments.PaymentService;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.SystemActor;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test-only rows of the ledger's tables (V0148), as the ledger's engine would leave them (DD025), for the tests of
 * the public ledger and the disclosure, which only read them: payments recorded through {@link PaymentService} (so
 * every foreign key holds), then their gifts, pools, disbursements and allocations inserted by hand, keeping the
 * invariants: a gift's allocations plus its unspent rest are its amount; a disbursement's allocations never exceed
 * it; a reversed gift has none. Pools get keys of their own ({@code T:…}), never the engine's. When the engine
 * has landed, a gift row it already made for a payment is taken over ({@code ON DUPLICATE KEY UPDATE}).
 */
public final class PublicLedgerRows {

    private final JdbcClient jdbc;
    private final PaymentService payments;
    private final FundUnitSettingsService unitSettings;

    private PublicLedgerRows(JdbcClient jdbc, PaymentService payments, FundUnitSettingsService unitSettings) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.unitSettings = unitSettings;
    }

    /** The fixture over the beans of this application context. */
    public static PublicLedgerRows of(ApplicationContext context) {
        return new PublicLedgerRows(context.getBean(JdbcClient.class), context.getBean(PaymentService.class),
                context.getBean(FundUnitSettingsService.class));
    }

    /** Gives the unit settings with a fresh code (which addresses its ledger and disclosure); returns the code. */
    String code(FundUnitRef unit) {
        String code = "PL" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        SystemActor.run(() -> unitSettings.saveSettings(unit.id(), new FundUnitSettingsEntry(code,
                "Quỹ Bảo trợ trẻ em " + unit.name(), "Buôn Ma Thuột, Đắk Lắk", null, "Nguyễn Văn Ký", "Giám đốc",
                ReceiptPaper.A5, false, Money.ZERO, ThankYouTiming.DEFAULT, null)));
        return code;
    }

    record Pool(long id, FundUnitRef unit, String kind) {
    }

    Pool pool(FundUnitRef unit, String kind, Programme programme, Long projectId) {
        String key = "T:" + UUID.randomUUID();
        jdbc.sql("INSERT INTO ledger_pool (pool_key, kind, fund_unit_id, fund_unit_path, programme, project_id)"
                        + " VALUES (:key, :kind, :unit, :path, :programme, :project)")
                .param("key", key).param("kind", kind).param("unit", unit.id()).param("path", unit.path())
                .param("programme", programme == null ? null : programme.name()).param("project", projectId).update();
        long id = jdbc.sql("SELECT id FROM ledger_pool WHERE pool_key = :key").param("key", key).query(Long.class).single();
        return new Pool(id, unit, kind);
    }

    /**
     * A bank transfer to the campaign (or, without one, to the pool's unit) on that day, and its gift in the pool,
     * named as given ({@code null}: the donor did not agree to be named); returns the payment's id.
     */
    long gift(Pool pool, CampaignDetails campaign, LocalDate receivedOn, long amount, String publicName) {
        long paymentId = SystemActor.call(() -> payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER,
                Money.vnd(amount), receivedOn, null, campaign == null ? null : campaign.id(),
                campaign == null ? pool.unit().id() : null, null, null, null, null))).id();
        jdbc.sql("INSERT INTO ledger_gift (payment_id, pool_id, fund_unit_id, fund_unit_path, campaign_id, public_name,"
                        + " received_on, amount) VALUES (:payment, :pool, :unit, :path, :campaign, :name, :day, :amount)"
                        + " ON DUPLICATE KEY UPDATE pool_id = :pool, public_name = :name, allocated = 0, reversed = FALSE")
                .param("payment", paymentId).param("pool", pool.id()).param("unit", pool.unit().id())
                .param("path", pool.unit().path()).param("campaign", campaign == null ? null : campaign.id())
                .param("name", publicName).param("day", receivedOn).param("amount", amount).update();
        jdbc.sql("UPDATE ledger_pool SET received = received + :amount WHERE id = :pool")
                .param("amount", amount).param("pool", pool.id()).update();
        return paymentId;
    }

    /** Goods handed over to the unit, at that value: a payment, but no gift of money in the ledger. */
    void goods(FundUnitRef unit, LocalDate receivedOn, long value, String description) {
        SystemActor.run(() -> payments.record(new PaymentEntry(PaymentMethod.GOODS, Money.vnd(value), receivedOn, null,
                null, unit.id(), null, null, null, description)));
    }

    /** Reverses the payment and takes its gift out: not received, no allocations. */
    void reverse(long paymentId) {
        SystemActor.run(() -> payments.reverse(paymentId, "Chuyển nhầm, đã hoàn trả"));
        List<long[]> allocations = jdbc.sql("SELECT disbursement_id, amount FROM allocation WHERE payment_id = :p")
                .param("p", paymentId).query((row, n) -> new long[] {row.getLong(1), row.getLong(2)}).list();
        for (long[] allocation : allocations) {
            jdbc.sql("UPDATE disbursement SET allocated = allocated - :a WHERE id = :d")
                    .param("a", allocation[1]).param("d", allocation[0]).update();
        }
        jdbc.sql("DELETE FROM allocation WHERE payment_id = :p").param("p", paymentId).update();
        jdbc.sql("UPDATE ledger_pool p JOIN ledger_gift g ON g.pool_id = p.id SET p.received = p.received - g.amount"
                + " WHERE g.payment_id = :p").param("p", paymentId).update();
        jdbc.sql("UPDATE ledger_gift SET reversed = TRUE, allocated = 0 WHERE payment_id = :p")
                .param("p", paymentId).update();
    }

    /** What a disbursement is for, in the ledger's own words (a pseudonym at most for a child). */
    record Payout(long unitId, String unitPath, String purpose, Programme programme, Long projectId, Long childId,
            String descriptionVi, String descriptionEn, String publicPath) {
    }

    /**
     * A disbursement from the pool with this status; a PAID one is matched at once to the pool's unspent gifts,
     * oldest first (DD025). Returns its id.
     */
    long disbursement(Pool pool, Payout what, long amount, LocalDate paidOn, String status) {
        jdbc.sql("INSERT INTO disbursement (fund_unit_id, fund_unit_path, pool_id, purpose, programme, project_id,"
                        + " child_id, description_vi, description_en, public_path, amount, paid_on, status, requested_by,"
                        + " requested_at) VALUES (:unit, :path, :pool, :purpose, :programme, :project, :child, :vi, :en,"
                        + " :link, :amount, :day, :status, 'test', :now)")
                .param("unit", what.unitId()).param("path", what.unitPath()).param("pool", pool.id())
                .param("purpose", what.purpose()).param("programme", what.programme() == null ? null : what.programme().name())
                .param("project", what.projectId()).param("child", what.childId()).param("vi", what.descriptionVi())
                .param("en", what.descriptionEn()).param("link", what.publicPath()).param("amount", amount)
                .param("day", paidOn).param("status", status).param("now", Timestamp.from(Instant.now())).update();
        long id = jdbc.sql("SELECT MAX(id) FROM disbursement WHERE pool_id = :pool").param("pool", pool.id())
                .query(Long.class).single();
        if (!"REJECTED".equals(status)) {
            jdbc.sql("UPDATE ledger_pool SET committed = committed + :amount WHERE id = :pool")
                    .param("amount", amount).param("pool", pool.id()).update();
        }
        if ("PAID".equals(status)) {
            allocateOldestFirst(pool, id, amount);
        }
        return id;
    }

    private void allocateOldestFirst(Pool pool, long disbursementId, long amount) {
        long left = amount;
        List<long[]> unspent = jdbc.sql("SELECT payment_id, amount - allocated FROM ledger_gift WHERE pool_id = :pool"
                        + " AND reversed = FALSE AND allocated < amount ORDER BY received_on, payment_id")
                .param("pool", pool.id()).query((row, n) -> new long[] {row.getLong(1), row.getLong(2)}).list();
        for (long[] gift : unspent) {
            if (left == 0) {
                break;
            }
            long take = Math.min(left, gift[1]);
            jdbc.sql("INSERT INTO allocation (payment_id, disbursement_id, amount, allocated_at) VALUES (:p, :d, :a, :at)")
                    .param("p", gift[0]).param("d", disbursementId).param("a", take).param("at", Timestamp.from(Instant.now())).update();
            jdbc.sql("UPDATE ledger_gift SET allocated = allocated + :a WHERE payment_id = :p")
                    .param("a", take).param("p", gift[0]).update();
            jdbc.sql("UPDATE disbursement SET allocated = allocated + :a WHERE id = :d")
                    .param("a", take).param("d", disbursementId).update();
            left -= take;
        }
    }
}
