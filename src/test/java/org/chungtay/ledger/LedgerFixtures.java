package org.chungtay.ledger;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.payments.PaymentEntry;
import org.chungtay.payments.PaymentMethod;
import org.chungtay.payments.PaymentService;
import org.chungtay.payments.PaymentSummary;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.shared.Money;
import org.chungtay.shared.SystemActor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Payments and pledges for the ledger's tests, each waiting until the ledger has booked what it made. */
final class LedgerFixtures {

    private final PaymentService payments;
    private final PledgeService pledges;
    private final JdbcClient jdbc;

    LedgerFixtures(PaymentService payments, PledgeService pledges, JdbcClient jdbc) {
        this.payments = payments;
        this.pledges = pledges;
        this.jdbc = jdbc;
    }

    /** A pledge of the campaign, confirmed; designated to the project when {@code projectId} is not null. */
    Pledge pledge(CampaignDetails campaign, long amount, Long projectId, String donorName, boolean mayBeNamed) {
        PledgeSubmission submission = new PledgeSubmission(UUID.randomUUID().toString(), "",
                Commitment.donation(Money.vnd(amount), null), InstalmentPlan.oneOff(CampaignCalendar.today()), false,
                null, donorName, null, null, "d" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn", null,
                null, Locale.of("vi"), false, false, mayBeNamed);
        long id = pledges.submitOnline(campaign.slug(), submission, "10.9.0." + (int) (Math.random() * 200)).id();
        SystemActor.run(() -> pledges.confirm(id));
        if (projectId != null) {
            jdbc.sql("UPDATE pledge SET project_id = ? WHERE id = ?").param(projectId).param(id).update();
        }
        var row = jdbc.sql("SELECT reference, donor_id FROM pledge WHERE id = ?").param(id)
                .query((r, n) -> new Pledge(id, r.getString("reference"), r.getObject("donor_id", Long.class))).single();
        return row;
    }

    record Pledge(long id, String reference, Long donorId) {
    }

    /** A transfer against the pledge, booked by the ledger before this returns. */
    long pay(Pledge pledge, long amount, LocalDate on) {
        return booked(payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER, Money.vnd(amount), on,
                pledge.reference(), null, null, null, bankReference(), null, null)));
    }

    /** A gift without a pledge to the campaign (its unit's general fund), booked before this returns. */
    long give(CampaignDetails campaign, long amount, LocalDate on) {
        return booked(payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER, Money.vnd(amount), on, null,
                campaign.id(), null, null, bankReference(), null, null)));
    }

    void reverse(long paymentId) {
        payments.reverse(paymentId, "Nhập nhầm");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM ledger_gift WHERE payment_id = ? AND reversed = TRUE").param(paymentId)
                .query(Long.class).single() == 1);
    }

    private long booked(PaymentSummary payment) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM ledger_gift WHERE payment_id = ?").param(payment.id()).query(Long.class)
                .single() == 1);
        return payment.id();
    }

    private static String bankReference() {
        return "FT" + UUID.randomUUID().toString().substring(0, 10);
    }
}
