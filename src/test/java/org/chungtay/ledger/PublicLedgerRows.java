package org.chungtay.ledger;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.children.Child;
import org.chungtay.children.ChildEntry;
import org.chungtay.children.ChildService;
import org.chungtay.children.CircumstanceCategory;
import org.chungtay.children.Gender;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.IndividualDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.funds.ThankYouTiming;
import org.chungtay.payments.PaymentEntry;
import org.chungtay.payments.PaymentMethod;
import org.chungtay.payments.PaymentService;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.projects.BudgetLineDraft;
import org.chungtay.projects.ProjectDetails;
import org.chungtay.projects.ProjectDraft;
import org.chungtay.projects.ProjectService;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.IntegrationTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger's rows for the tests of the public ledger and the disclosure, made as people make them, through the
 * services: donors with or without their consent to be named, pledges (designated to a programme or a project),
 * payments, reversals and goods through {@link PaymentService} (each waiting until the ledger's engine has booked
 * its gift after commit, DD025), projects through {@link ProjectService}, children through {@link ChildService},
 * and disbursements requested by an accountant through {@link DisbursementService}, approved by a fund manager
 * when above the unit's threshold. Nothing is written to the ledger's tables here: it only reads them to wait.
 */
public final class PublicLedgerRows {

    private static final Duration BOOKING = Duration.ofSeconds(20);

    private final IntegrationTest test;
    private final JdbcClient jdbc;
    private final PaymentService payments;
    private final PledgeService pledges;
    private final DonorService donors;
    private final DisbursementService disbursements;
    private final ProjectService projects;
    private final ChildService children;
    private final FundUnitSettingsService unitSettings;

    private PublicLedgerRows(IntegrationTest test, ApplicationContext context) {
        this.test = test;
        this.jdbc = context.getBean(JdbcClient.class);
        this.payments = context.getBean(PaymentService.class);
        this.pledges = context.getBean(PledgeService.class);
        this.donors = context.getBean(DonorService.class);
        this.disbursements = context.getBean(DisbursementService.class);
        this.projects = context.getBean(ProjectService.class);
        this.children = context.getBean(ChildService.class);
        this.unitSettings = context.getBean(FundUnitSettingsService.class);
    }

    /** The fixture over the beans of this test's application context, signing people in as the test does. */
    public static PublicLedgerRows of(IntegrationTest test, ApplicationContext context) {
        return new PublicLedgerRows(test, context);
    }

    /**
     * Gives the unit settings with a fresh code (which addresses its ledger and disclosure) and this approval
     * threshold (its units below inherit it); returns the code.
     */
    String code(FundUnitRef unit, long approvalThreshold) {
        String code = "PL" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        SystemActor.run(() -> unitSettings.saveSettings(unit.id(), new FundUnitSettingsEntry(code,
                "Quỹ Bảo trợ trẻ em " + unit.name(), "Buôn Ma Thuột, Đắk Lắk", null, "Nguyễn Văn Ký", "Giám đốc",
                ReceiptPaper.A5, false, Money.ZERO, ThankYouTiming.DEFAULT, Money.vnd(approvalThreshold), null)));
        return code;
    }

    String staff(Role role, FundUnitRef unit, String fullName) {
        return test.newStaff(role, unit, fullName);
    }

    /** A donor entered by staff, who agreed to be named in public or not. */
    long donor(FundUnitRef unit, String name, boolean mayBeNamed) {
        return SystemActor.call(() -> donors.create(unit.id(), new IndividualDetails(name, email(), null, null, "vi",
                mayBeNamed), Set.of())).id();
    }

    /** A pledge of the campaign entered by staff for a new donor (confirmed at once); returns its reference. */
    String pledge(CampaignDetails campaign, Commitment commitment, String donorName, boolean mayBeNamed) {
        PledgeSubmission submission = new PledgeSubmission(UUID.randomUUID().toString(), "", commitment,
                InstalmentPlan.oneOff(CampaignCalendar.today()), false, null, donorName, null, null, email(), null,
                null, Locale.of("vi"), false, false, mayBeNamed);
        return SystemActor.call(() -> pledges.get(pledges.enterForDonor(campaign.slug(), submission)).pledge()
                .reference());
    }

    /** A transfer to the campaign (or, without one, to the unit's general fund), booked before this returns. */
    long gift(CampaignDetails campaign, FundUnitRef unit, Long donorId, LocalDate receivedOn, long amount) {
        return booked(SystemActor.call(() -> payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER,
                Money.vnd(amount), receivedOn, null, campaign == null ? null : campaign.id(),
                campaign == null ? unit.id() : null, donorId, bankReference(), null, null))).id());
    }

    /** A transfer against the pledge with this reference, booked before this returns. */
    long pay(String pledgeReference, LocalDate receivedOn, long amount) {
        return booked(SystemActor.call(() -> payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER,
                Money.vnd(amount), receivedOn, pledgeReference, null, null, null, bankReference(), null, null))).id());
    }

    /** Goods handed over to the unit, at that value: a payment, but no gift of money in the ledger. */
    void goods(FundUnitRef unit, LocalDate receivedOn, long value, String description) {
        SystemActor.run(() -> payments.record(new PaymentEntry(PaymentMethod.GOODS, Money.vnd(value), receivedOn, null,
                null, unit.id(), null, null, null, description)));
    }

    /** Reverses the payment; returns once the ledger has taken its gift back. */
    void reverse(long paymentId) {
        SystemActor.run(() -> payments.reverse(paymentId, "Chuyển nhầm, đã hoàn trả"));
        await().atMost(BOOKING).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM ledger_gift WHERE payment_id = ? AND reversed = TRUE").param(paymentId)
                .query(Long.class).single() == 1);
    }

    /** A project of the unit with one budget line, raising money through the campaign. */
    ProjectDetails project(FundUnitRef unit, CampaignDetails campaign, Programme programme, String titleVi,
            String titleEn, String lineVi, String lineEn, long budget) {
        return SystemActor.call(() -> {
            ProjectDetails project = projects.create(new ProjectDraft(programme, unit.id(), null, titleVi, titleEn,
                    "Mái tôn mới cho lớp học.", "A new roof for the classroom.",
                    List.of(new BudgetLineDraft(null, lineVi, lineEn, Money.vnd(budget))), List.of()));
            projects.startFundraising(project.id());
            return projects.linkCampaign(project.id(), campaign.id());
        });
    }

    /** Marks the project funded: from then on money may be paid to its budget lines. */
    void funded(long projectId) {
        SystemActor.run(() -> projects.markFunded(projectId));
    }

    /** A child of the commune's register. */
    Child child(FundUnitRef commune, String fullName, String givenName, LocalDate birthDate,
            CircumstanceCategory category) {
        return SystemActor.call(() -> children.register(new ChildEntry(fullName, givenName, birthDate, Gender.FEMALE,
                commune.id(), category, "Y Blốc Niê", "Bà ngoại", null, null)));
    }

    /**
     * A disbursement the accountant asks for, from the pool of this kind (at this unit, if not null) that may pay
     * the target,
     * approved by the manager when it waits (left waiting when {@code manager} is null). Returns its id.
     */
    long disburse(String accountant, String manager, Purpose purpose, Long targetId, Pool.Kind kind, Long poolUnitId,
            long amount, LocalDate paidOn, String description) {
        DisbursementSummary made = test.as(accountant, () -> {
            Pool pool = disbursements.pools(purpose, targetId).stream()
                    .filter(candidate -> candidate.kind() == kind
                            && (poolUnitId == null || candidate.fundUnitId() == poolUnitId))
                    .findFirst().orElseThrow();
            return disbursements.request(new DisbursementEntry(purpose, targetId, pool.id(), Money.vnd(amount),
                    paidOn, description, List.of()));
        });
        if (made.status() == DisbursementStatus.AWAITING_APPROVAL && manager != null) {
            test.as(manager, () -> disbursements.approve(made.id()));
        }
        return made.id();
    }

    private long booked(long paymentId) {
        await().atMost(BOOKING).until(() -> jdbc.sql("SELECT COUNT(*) FROM ledger_gift WHERE payment_id = ?")
                .param(paymentId).query(Long.class).single() == 1);
        return paymentId;
    }

    private static String email() {
        return "d" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }

    private static String bankReference() {
        return "FT" + UUID.randomUUID().toString().substring(0, 10);
    }
}
