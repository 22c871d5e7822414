package org.chungtay.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.children.Child;
import org.chungtay.children.ChildEntry;
import org.chungtay.children.ChildService;
import org.chungtay.children.CircumstanceCategory;
import org.chungtay.children.ConsentParty;
import org.chungtay.children.Gender;
import org.chungtay.children.Sharing;
import org.chungtay.children.Sponsorship;
import org.chungtay.children.SponsorshipService;
import org.chungtay.children.SponsorshipTerms;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.shared.Money;
import org.chungtay.shared.PhoneNumber;
import org.chungtay.shared.Programme;
import org.chungtay.shared.Role;
import org.chungtay.shared.ScannedDocument;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Disbursements on the real database: the limits, the approval above the threshold, the documents, the mail. */
class DisbursementServiceIT extends IntegrationTest {

    @Autowired
    DisbursementService disbursements;

    @Autowired
    FundUnitSettingsService unitSettings;

    @Autowired
    WhereItWent whereItWent;

    @Autowired
    ChildService children;

    @Autowired
    SponsorshipService sponsorships;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    LedgerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new LedgerFixtures(context);
    }

    @Test
    void aDisbursementAboveTheThresholdWaitsForAnotherManagerWhoIsToldByMailAndApprovesIt() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Hiao");
        threshold(unit, 1_000_000);
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Đặng Thị Lập");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Vũ Văn Duyệt");
        as(accountant, () -> fixtures.give(campaign, 5_000_000, CampaignCalendar.today()));
        byte[] pdf = "%PDF-1.4\n% hoá đơn\n".getBytes(StandardCharsets.UTF_8);

        DisbursementSummary waiting = as(accountant, () -> general(3_000_000, "Sửa nhà văn hoá",
                List.of(ScannedDocument.of("hoa-don.pdf", pdf))));

        assertThat(waiting.status()).isEqualTo(DisbursementStatus.AWAITING_APPROVAL);
        assertThat(waiting.allocated()).isEqualTo(Money.ZERO);
        assertThat(available(accountant)).isEqualTo(2_000_000);
        assertThatThrownBy(() -> as(accountant, () -> general(2_500_000, "Quá số còn", List.of())))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("ledger.error.over-pool");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM email_message WHERE dedup_key LIKE ?")
                .param("disbursement-waiting:" + waiting.id() + ":staff:%").query(Long.class).single() == 1);
        assertThatThrownBy(() -> as(accountant, () -> disbursements.approve(waiting.id())))
                .isInstanceOf(AccessDeniedException.class);

        var documents = as(manager, () -> disbursements.documents(waiting.id()));
        assertThat(documents).extracting(DisbursementDocumentFile::fileName).containsExactly("hoa-don.pdf");
        assertThat(as(manager, () -> disbursements.document(documents.getFirst().id())).bytes()).isEqualTo(pdf);
        assertThat(as(manager, () -> disbursements.list(DisbursementStatus.AWAITING_APPROVAL, 0, 50)))
                .extracting(DisbursementSummary::id).contains(waiting.id());
        DisbursementSummary paid = as(manager, () -> disbursements.approve(waiting.id()));

        assertThat(paid.status()).isEqualTo(DisbursementStatus.PAID);
        assertThat(paid.allocated()).isEqualTo(Money.vnd(3_000_000));
        assertThatThrownBy(() -> as(manager, () -> disbursements.approve(waiting.id())))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("ledger.error.not-waiting");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'disbursement' AND subject_id = ?")
                .param(waiting.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void nobodyApprovesTheirOwnAndARejectionGivesTheMoneyBack() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Trang");
        threshold(unit, 0);
        CampaignDetails campaign = activeCampaign(unit);
        String admin = newStaff(Role.ADMIN, unit, "Quản Trị Viên");
        String manager = newStaff(Role.FUND_MANAGER, root(), "Quản lý tỉnh");
        as(admin, () -> fixtures.give(campaign, 1_000_000, CampaignCalendar.today()));
        DisbursementSummary waiting = as(admin, () -> general(600_000, "Quà Trung thu", List.of()));

        assertThatThrownBy(() -> as(admin, () -> disbursements.approve(waiting.id())))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("ledger.error.own-request");
        assertThatThrownBy(() -> as(manager, () -> disbursements.reject(waiting.id(), " ")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("ledger.error.reason");
        DisbursementSummary rejected = as(manager, () -> disbursements.reject(waiting.id(), "Thiếu hoá đơn"));

        assertThat(rejected.status()).isEqualTo(DisbursementStatus.REJECTED);
        assertThat(rejected.decisionNote()).isEqualTo("Thiếu hoá đơn");
        assertThat(available(admin)).isEqualTo(1_000_000);
    }

    @Test
    void aBudgetLineIsNeverPaidBeyondItsBudgetAndOtherUnitsSeeNothing() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Sol");
        FundUnitRef other = newUnit("Quỹ xã Khác");
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Hà Thị Ngân");
        String stranger = newStaff(Role.ACCOUNTANT, other, "Người ngoài");
        var project = fixtures.fundraising(unit, campaign, Programme.EARLY_CHILDHOOD_CARE, unique("Nhà trẻ Ea Sol"),
                4_000_000);
        long lineId = project.budgetLines().getFirst().id();
        assertThat(as(accountant, () -> disbursements.targets(Purpose.PROJECT, project.titleVi(), 10)))
                .as("a project still raising money is not paid to").isEmpty();
        assertThatThrownBy(() -> as(accountant, () -> disbursements.pools(Purpose.PROJECT, lineId)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("ledger.error.target");
        DisbursementTarget line = fixtures.funded(project);
        assertThat(line.id()).isEqualTo(lineId);
        as(accountant, () -> fixtures.give(campaign, 10_000_000, CampaignCalendar.today()));
        Pool general = as(accountant, () -> disbursements.pools(Purpose.PROJECT, line.id())).stream()
                .filter(p -> p.kind() == Pool.Kind.GENERAL).findFirst().orElseThrow();

        DisbursementSummary first = as(accountant, () -> disbursements.request(new DisbursementEntry(Purpose.PROJECT,
                line.id(), general.id(), Money.vnd(3_000_000), CampaignCalendar.today(), "", List.of())));
        assertThat(first.publicPath()).isEqualTo(line.publicPath());
        assertThat(first.descriptionVi()).isEqualTo(line.labelVi());
        assertThatThrownBy(() -> as(accountant, () -> disbursements.request(new DisbursementEntry(Purpose.PROJECT,
                line.id(), general.id(), Money.vnd(1_500_000), CampaignCalendar.today(), "", List.of()))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("ledger.error.over-budget");
        assertThatThrownBy(() -> as(accountant, () -> disbursements.request(new DisbursementEntry(Purpose.GENERAL,
                null, general.id(), Money.vnd(1_000), CampaignCalendar.today().plusDays(1), "Ngày mai", List.of()))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("ledger.error.date");

        assertThat(as(stranger, () -> disbursements.pools(Purpose.GENERAL, null)))
                .extracting(Pool::id).doesNotContain(general.id());
        assertThatThrownBy(() -> as(stranger, () -> disbursements.get(first.id())))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("ledger.error.not-found");
        assertThatThrownBy(() -> as(stranger, () -> disbursements.request(new DisbursementEntry(Purpose.GENERAL,
                null, general.id(), Money.vnd(1_000), CampaignCalendar.today(), "Lấy tiền xã khác", List.of()))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("ledger.error.pool");
    }

    /**
     * A business's direct sponsorship paid through the fund pays its matched child from its SPONSORSHIP pool; a
     * neighbour's undesignated gift pays the same child's surgery from the general fund. Both disbursements, and
     * everything their donors are shown of them, name the child by the pseudonym only, and carry the child's id
     * (the disclosure counts children by it).
     */
    @Test
    void aSponsoredChildAndASupportCaseArePaidUnderTheChildsPseudonymOnly() {
        ensureThreeLevels();
        FundUnitRef district = newUnit("Huyện Krông Bông");
        FundUnitRef commune = newUnitUnder(district, "Xã Cư Pui");
        CampaignDetails campaign = activeCampaign(district);
        String caseworker = newStaff(Role.CASEWORKER, commune, "H’Nhi Êban");
        String accountant = newStaff(Role.ACCOUNTANT, district, "Lê Văn Sổ");
        String givenName = "Xuyến";
        String fullName = unique("Hoàng Thị") + " " + givenName;
        Child child = as(caseworker, () -> children.register(new ChildEntry(fullName, givenName,
                VietnamTime.today().minusYears(9), Gender.FEMALE, commune.id(), CircumstanceCategory.ORPHANED,
                "Y Moan Niê", "Bà ngoại", PhoneNumber.parse("0912345678"), null)));
        // Even when the guardian and the child let the given name be shared, money out never writes it down.
        as(caseworker, () -> {
            children.recordConsent(child.id(), ConsentParty.GUARDIAN, VietnamTime.today(), new Sharing(true, false, false));
            children.recordConsent(child.id(), ConsentParty.CHILD, VietnamTime.today(), new Sharing(true, false, false));
        });
        YearMonth month = YearMonth.from(VietnamTime.today());
        LocalDate today = CampaignCalendar.today();
        var business = fixtures.sponsorship(campaign, 1, 12, 500_000, unique("Công ty Cà phê Buôn Đôn"));
        Sponsorship sponsorship = as(caseworker, () -> sponsorships.match(business.id(), child.id(),
                new SponsorshipTerms(null, month, month.plusMonths(11))));
        as(accountant, () -> fixtures.pay(business, 6_000_000, today));
        var neighbour = fixtures.pledge(campaign, 4_000_000, null, "Nguyễn Văn Láng Giềng", true);
        as(accountant, () -> fixtures.pay(neighbour, 4_000_000, today));

        List<Pool> forSponsored = as(accountant, () -> disbursements.pools(Purpose.SPONSORED_CHILD, sponsorship.id()));
        assertThat(forSponsored).extracting(Pool::kind).contains(Pool.Kind.SPONSORSHIP, Pool.Kind.GENERAL);
        Pool sponsorshipPool = forSponsored.stream().filter(p -> p.kind() == Pool.Kind.SPONSORSHIP).findFirst()
                .orElseThrow();
        assertThat(sponsorshipPool.available()).isEqualTo(Money.vnd(6_000_000));
        DisbursementSummary monthly = as(accountant, () -> disbursements.request(new DisbursementEntry(
                Purpose.SPONSORED_CHILD, sponsorship.id(), sponsorshipPool.id(), Money.vnd(500_000), today,
                "Tháng " + month.getMonthValue(), List.of())));
        List<Pool> forCase = as(accountant, () -> disbursements.pools(Purpose.SUPPORT_CASE, child.id()));
        assertThat(forCase).extracting(Pool::kind).doesNotContain(Pool.Kind.SPONSORSHIP, Pool.Kind.PROJECT);
        Pool general = forCase.stream().filter(p -> p.kind() == Pool.Kind.GENERAL).findFirst().orElseThrow();
        DisbursementSummary surgery = as(accountant, () -> disbursements.request(new DisbursementEntry(
                Purpose.SUPPORT_CASE, child.id(), general.id(), Money.vnd(3_000_000), today,
                // An accountant may type a child's name beside the line: staff keep it, no one outside sees it.
                "Mổ tim cho em " + givenName, List.of())));

        assertThat(List.of(monthly, surgery)).allSatisfy(made -> {
            assertThat(made.status()).isEqualTo(DisbursementStatus.PAID);
            assertThat(made.descriptionVi()).contains(child.code());
            assertThat(made.descriptionEn()).contains(child.code());
        });
        assertThat(monthly.toString()).doesNotContain(fullName).doesNotContain(givenName);
        assertThat(jdbc.sql("SELECT child_id FROM disbursement WHERE id IN (?, ?)").param(monthly.id())
                .param(surgery.id()).query(Long.class).list()).containsExactly(child.id(), child.id());
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM disbursement WHERE id IN (?, ?) AND (target_label_vi LIKE ? OR target_label_en LIKE ?)""")
                .params(monthly.id(), surgery.id(), "%" + givenName + "%", "%" + givenName + "%")
                .query(Long.class).single()).as("labels naming the child").isZero();

        WhereItWent.Report sponsor = as(accountant, () -> whereItWent.ofDonor(business.donorId()));
        assertThat(sponsor.shares()).singleElement().satisfies(share -> {
            assertThat(share.purpose()).isEqualTo(Purpose.SPONSORED_CHILD);
            assertThat(share.amount()).isEqualTo(Money.vnd(500_000));
            assertThat(share.children()).isEqualTo(1);
        });
        assertThat(sponsor.gifts()).singleElement().satisfies(gift -> assertThat(gift.uses()).singleElement()
                .satisfies(use -> assertThat(use.descriptionVi()).contains(child.code())));
        WhereItWent.Report neighbourly = as(accountant, () -> whereItWent.ofDonor(neighbour.donorId()));
        assertThat(neighbourly.shares()).singleElement().satisfies(share -> {
            assertThat(share.purpose()).isEqualTo(Purpose.SUPPORT_CASE);
            assertThat(share.amount()).isEqualTo(Money.vnd(3_000_000));
        });
        assertThat(neighbourly.gifts()).singleElement().satisfies(gift -> assertThat(gift.uses()).singleElement()
                .satisfies(use -> assertThat(use.descriptionVi()).contains(child.code())));
        assertThat(List.of(sponsor, neighbourly)).allSatisfy(report -> assertThat(report.toString())
                .doesNotContain(fullName).doesNotContain(givenName));
    }

    private DisbursementSummary general(long amount, String description, List<ScannedDocument> documents) {
        Pool pool = disbursements.pools(Purpose.GENERAL, null).stream().filter(p -> p.kind() == Pool.Kind.GENERAL)
                .findFirst().orElseThrow();
        return disbursements.request(new DisbursementEntry(Purpose.GENERAL, null, pool.id(), Money.vnd(amount),
                CampaignCalendar.today(), description, documents));
    }

    private long available(String user) {
        return as(user, () -> disbursements.pools(Purpose.GENERAL, null)).stream()
                .filter(p -> p.kind() == Pool.Kind.GENERAL).findFirst().orElseThrow().available().amount();
    }

    private void threshold(FundUnitRef unit, long amount) {
        String code = "T" + Long.toString(System.nanoTime(), 36).toUpperCase();
        SystemActor.run(() -> unitSettings.saveSettings(unit.id(), new FundUnitSettingsEntry(code.substring(0,
                Math.min(code.length(), 12)), "", "1 Lê Duẩn", null, "Nguyễn Văn Ký", "Giám đốc", ReceiptPaper.A5, false,
                Money.ZERO, null, Money.vnd(amount), null)));
    }
}
