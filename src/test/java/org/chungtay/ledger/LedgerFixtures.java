package org.chungtay.ledger;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.donors.DonorTestData;
import org.chungtay.donors.Sector;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.payments.PaymentEntry;
import org.chungtay.payments.PaymentMethod;
import org.chungtay.payments.PaymentService;
import org.chungtay.payments.PaymentSummary;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeKind;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.projects.BudgetLineDraft;
import org.chungtay.projects.ProjectDetails;
import org.chungtay.projects.ProjectDraft;
import org.chungtay.projects.ProjectService;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.SystemActor;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Projects, pledges and payments for the ledger's tests, made through the real services (a project as its
 * managers run it, a pledge designated to it as the pledge form does), each payment waiting until the ledger has
 * booked it.
 */
public final class LedgerFixtures {

    /** The one budget line of a {@link #fundraising} project; its target label is "title — Xây dựng". */
    public static final String LINE_VI = "Xây dựng";
    public static final String LINE_EN = "Building";

    private final PaymentService payments;
    private final PledgeService pledges;
    private final ProjectService projects;
    private final DisbursementService disbursements;
    private final JdbcClient jdbc;

    public LedgerFixtures(ApplicationContext context) {
        this.payments = context.getBean(PaymentService.class);
        this.pledges = context.getBean(PledgeService.class);
        this.projects = context.getBean(ProjectService.class);
        this.disbursements = context.getBean(DisbursementService.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /**
     * A project of the unit with one budget line, raising money through the campaign: pledges of the campaign may
     * be designated to it now. Made by the system (an administrator of the whole tree).
     */
    public ProjectDetails fundraising(FundUnitRef unit, CampaignDetails campaign, Programme programme, String title,
            long budget) {
        return SystemActor.call(() -> {
            ProjectDetails created = projects.create(new ProjectDraft(programme, unit.id(), null, title, title + " (EN)",
                    "Dự án cho trẻ em.", "A project for children.",
                    List.of(new BudgetLineDraft(null, LINE_VI, LINE_EN, Money.vnd(budget))), List.of()));
            projects.linkCampaign(created.id(), campaign.id());
            return projects.startFundraising(created.id());
        });
    }

    /** Marks the project funded, so that it may be paid to, and returns its budget line as the ledger sees it. */
    public DisbursementTarget funded(ProjectDetails project) {
        return SystemActor.call(() -> {
            projects.markFunded(project.id());
            return disbursements.targets(Purpose.PROJECT, project.titleVi(), 50).stream()
                    .filter(target -> target.projectId() == project.id()).findFirst().orElseThrow();
        });
    }

    /**
     * A donation pledge of the campaign, confirmed; designated to the project when {@code projectId} is not null
     * (the project must be raising money through the campaign).
     */
    public Pledge pledge(CampaignDetails campaign, long amount, Long projectId, String donorName, boolean mayBeNamed) {
        Commitment commitment = Commitment.designated(PledgeKind.DONATION, Money.vnd(amount), null, projectId);
        return confirmed(campaign, commitment, false, null, donorName, null, null, mayBeNamed);
    }

    /** A business's confirmed pledge to sponsor children directly, for this many months, its money paid to the fund. */
    public Pledge sponsorship(CampaignDetails campaign, int children, int months, long perChildPerMonth,
            String businessName) {
        return confirmed(campaign, Commitment.sponsorship(children, months, Money.vnd(perChildPerMonth), null, null),
                true, Sector.ENTERPRISE, businessName,
                DonorTestData.newTaxCode().value(), "Trần Thị Mai", true);
    }

    private Pledge confirmed(CampaignDetails campaign, Commitment commitment, boolean organisation,
            Sector sector, String donorName, String taxCode, String contactName,
            boolean mayBeNamed) {
        PledgeSubmission submission = new PledgeSubmission(UUID.randomUUID().toString(), "", commitment,
                InstalmentPlan.oneOff(CampaignCalendar.today()), organisation, sector, donorName, taxCode, contactName,
                "d" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn", null, null, Locale.of("vi"), false,
                false, mayBeNamed);
        long id = pledges.submitOnline(campaign.slug(), submission, "10.9.0." + (int) (Math.random() * 200)).id();
        SystemActor.run(() -> pledges.confirm(id));
        return jdbc.sql("SELECT reference, donor_id FROM pledge WHERE id = ?").param(id)
                .query((r, n) -> new Pledge(id, r.getString("reference"), r.getObject("donor_id", Long.class))).single();
    }

    public record Pledge(long id, String reference, Long donorId) {
    }

    /** A transfer against the pledge, booked by the ledger before this returns. */
    public long pay(Pledge pledge, long amount, LocalDate on) {
        return booked(payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER, Money.vnd(amount), on,
                pledge.reference(), null, null, null, bankReference(), null, null)));
    }

    /** A gift without a pledge to the campaign (its unit's general fund), booked before this returns. */
    public long give(CampaignDetails campaign, long amount, LocalDate on) {
        return booked(payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER, Money.vnd(amount), on, null,
                campaign.id(), null, null, bankReference(), null, null)));
    }

    public void reverse(long paymentId) {
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
