package org.chungtay.communications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.payments.PaymentEntry;
import org.chungtay.payments.PaymentMethod;
import org.chungtay.payments.PaymentRecorded;
import org.chungtay.payments.PaymentService;
import org.chungtay.payments.PaymentsRecorded;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long the thank-yous and receipt emails of an imported statement take to queue: {@code bench.payments}
 * payments (default 10,000) of 200 donors written with JDBC as an import writes them, then told in batches of 250
 * as the import tells them, in one transaction; every listener runs as after an import, two batches at a time
 * ({@link org.chungtay.shared.BulkWork}). Timed from the commit until every payment's thank-you, and every receipt's
 * email, is in the outbox (the first payment, recorded by hand, is not counted).
 * Not an IT; run it with {@code ./mvnw verify -Dtest=none -Dit.test=ThankYouEnqueueBenchmark}. Prints its figure.
 */
class ThankYouEnqueueBenchmark extends IntegrationTest {

    private static final int PAYMENTS = Integer.getInteger("bench.payments", 10_000);
    private static final int DONORS = 200;
    private static final int BATCH = 250;
    private static final long WAIT_NANOS = 10L * 60 * 1_000_000_000;

    @Autowired
    PaymentService payments;

    @Autowired
    PledgeService pledges;

    @Autowired
    FundUnitSettingsService unitSettings;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thankYousOfAnImportedStatement() throws InterruptedException {
        FundUnitRef unit = newUnit("Quỹ xã Hòa Thắng");
        String code = "TB" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        SystemActor.run(() -> unitSettings.saveSettings(unit.id(), new FundUnitSettingsEntry(code, "",
                "Buôn Ma Thuột, Đắk Lắk", null, "Nguyễn Văn Ký", "Giám đốc", ReceiptPaper.A5, true, Money.ZERO, null)));
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán Hòa Thắng");
        List<String> references = new ArrayList<>();
        for (int i = 0; i < DONORS; i++) {
            long id = pledges.submitOnline(campaign.slug(), new PledgeSubmission(UUID.randomUUID().toString(), "",
                    Commitment.donation(Money.vnd(100_000_000), null), InstalmentPlan.oneOff(CampaignCalendar.today()),
                    false, null, "Nhà hảo tâm " + i, null, null, "bench-" + UUID.randomUUID() + "@example.vn", null,
                    null, i % 5 == 0 ? Locale.ENGLISH : Locale.of("vi"), false, false, false), "10.9." + (i / 200) + "."
                    + (i % 200)).id();
            SystemActor.run(() -> pledges.confirm(id));
            references.add(jdbc.sql("SELECT reference FROM pledge WHERE id = ?").param(id).query(String.class).single());
        }
        long first = as(accountant, () -> payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER,
                Money.vnd(100_000), CampaignCalendar.today(), references.getFirst(), null, null, null, "FT0", null,
                null))).id();
        // Copies of that payment for the other pledges, as an import writes them: no event, no listener.
        for (int i = 1; i < PAYMENTS; i++) {
            String reference = references.get(i % DONORS);
            jdbc.sql("INSERT INTO payment (fund_unit_id, fund_unit_path, campaign_id, pledge_id, pledge_reference,"
                            + " donor_id, donor_name, method, amount, received_on, bank_reference, note, search_text,"
                            + " recorded_by, recorded_at) SELECT p.fund_unit_id, p.fund_unit_path, p.campaign_id,"
                            + " pl.id, pl.reference, pl.donor_id, p.donor_name, p.method, p.amount + :i, p.received_on,"
                            + " CONCAT('FT', :i), NULL, p.search_text, p.recorded_by, p.recorded_at FROM payment p,"
                            + " pledge pl WHERE p.id = :first AND pl.reference = :reference")
                    .param("i", i).param("first", first).param("reference", reference).update();
        }
        List<Long> ids = jdbc.sql("SELECT id FROM payment WHERE fund_unit_id = ? AND id <> ? ORDER BY id")
                .params(unit.id(), first).query(Long.class).list();

        // As an import publishes them: in its transaction, 250 payments an event; every listener of the import
        // then runs as it would (pledges settled, receipts issued and told as ReceiptsIssued, thank-yous, receipt emails).
        long start = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            for (int from = 0; from < ids.size(); from += BATCH) {
                events.publishEvent(new PaymentsRecorded(ids.subList(from, Math.min(ids.size(), from + BATCH)).stream()
                        .map(id -> new PaymentRecorded(id, null, campaign.id(), 100_000, CampaignCalendar.today()))
                        .toList()));
            }
        });
        double thanked = Double.NaN;
        double receipted = Double.NaN;
        long deadline = System.nanoTime() + WAIT_NANOS;
        while ((Double.isNaN(thanked) || Double.isNaN(receipted)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            if (Double.isNaN(thanked) && queued(unit, "thank-you:payment:%") >= ids.size()) {
                thanked = (System.nanoTime() - start) / 1e9;
            }
            if (Double.isNaN(receipted) && queued(unit, "receipt:%") >= ids.size()) {
                receipted = (System.nanoTime() - start) / 1e9;
            }
        }
        long pdfBytes = jdbc.sql("SELECT COALESCE(SUM(LENGTH(a.content)), 0) FROM email_attachment a JOIN email_message m"
                + " ON m.id = a.message_id WHERE m.fund_unit_id = ?").param(unit.id()).query(Long.class).single();
        System.out.printf("%n%s after the commit of %,d imported payments (%,d donors), measured from the commit:%n"
                + "  thank-yous queued: %,d after %.1f s%n  receipt emails queued: %,d after %.1f s, PDFs %,d bytes"
                + " (%,d a receipt)%n", Instant.now(), ids.size(), DONORS, queued(unit, "thank-you:payment:%"), thanked,
                queued(unit, "receipt:%"), receipted, pdfBytes, pdfBytes / Math.max(1, queued(unit, "receipt:%")));
    }

    private long queued(FundUnitRef unit, String keys) {
        return jdbc.sql("SELECT COUNT(*) FROM email_message WHERE fund_unit_id = ? AND dedup_key LIKE ?")
                .params(unit.id(), keys).query(Long.class).single() - 1;
    }
}
