package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.donorportal.DonorSignIn;
import org.chungtay.donors.DonorTestData;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.ledger.DisbursementEntry;
import org.chungtay.ledger.DisbursementService;
import org.chungtay.ledger.DisbursementTarget;
import org.chungtay.ledger.LedgerFixtures;
import org.chungtay.ledger.Purpose;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentFrequency;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeKind;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.projects.ProjectDetails;
import org.chungtay.projects.ProjectService;
import org.chungtay.projects.UpdateDraft;
import org.chungtay.projects.UpdateVisibility;
import org.chungtay.donors.Sector;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.BrowserTest;
import org.chungtay.support.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A business's contact on a phone: asks for a sign-in link on the public home, opens it from the SMTP server, sees
 * the sponsorship pledge with its instalments and what to transfer, downloads a receipt, follows the money to a
 * project's update for its donors, in Vietnamese and in English; a link used once, or too old, signs nobody in; and
 * another donor's pledge reference or a project the donor did not fund in the address answer "not found".
 */
class DonorPortalJourneyIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    FundUnitSettingsService unitSettings;

    @Autowired
    PledgeService pledges;

    @Autowired
    ProjectService projects;

    @Autowired
    DisbursementService disbursements;

    @Autowired
    DonorSignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBusinessContactSignsInByLinkSeesItsInstalmentsDownloadsAReceiptAndFollowsItsMoneyToAProjectUpdate()
            throws Exception {
        FundUnitRef unit = newUnit("Quỹ xã Cư Êbur");
        String code = "CE" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
        SystemActor.run(() -> unitSettings.saveSettings(unit.id(), new FundUnitSettingsEntry(code, "",
                "Thôn 3, xã Cư Êbur", null, "H'Hoa Byă", "Chủ tịch", ReceiptPaper.A5, true, Money.ZERO, null,
                Money.vnd(100_000_000), null)));
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Lê Thị Kế Toán");
        LedgerFixtures fixtures = new LedgerFixtures(context);
        String title = unique("Bếp ăn bán trú Cư Êbur");
        ProjectDetails project = fixtures.fundraising(unit, campaign, Programme.DISADVANTAGED_COMMUNES, title,
                40_000_000);
        String company = unique("Công ty TNHH Cà phê Buôn Đôn");
        String taxCode = DonorTestData.newTaxCode().value();
        String email = DonorTestData.newEmail("ke.toan");
        LocalDate today = CampaignCalendar.today();
        LedgerFixtures.Pledge sponsorship = confirmed(campaign, company, taxCode, email, Commitment.sponsorship(2, 6,
                Money.vnd(500_000), null, null), new InstalmentPlan(InstalmentFrequency.MONTHLY, today, 6));
        LedgerFixtures.Pledge kitchen = confirmed(campaign, company, taxCode, email,
                Commitment.designated(PledgeKind.DONATION, Money.vnd(20_000_000), null, project.id()),
                InstalmentPlan.oneOff(today));
        assertThat(kitchen.donorId()).as("the same business").isEqualTo(sponsorship.donorId());
        as(accountant, () -> fixtures.pay(sponsorship, 1_000_000, today));
        long kitchenPayment = as(accountant, () -> fixtures.pay(kitchen, 20_000_000, today));
        DisbursementTarget line = fixtures.funded(project);
        as(accountant, () -> disbursements.request(new DisbursementEntry(Purpose.PROJECT, line.id(),
                disbursements.pools(Purpose.PROJECT, line.id()).getFirst().id(), Money.vnd(12_000_000), today,
                "Bếp và nồi nấu", List.of())));
        SystemActor.run(() -> projects.postUpdate(project.id(), new UpdateDraft("Bếp đã nấu bữa trưa đầu tiên cho 80 em.",
                "The kitchen cooked its first lunch for 80 children.", UpdateVisibility.DONORS), List.of()));
        String receipt = jdbc.sql("SELECT number FROM receipt WHERE payment_id = ?").param(kitchenPayment)
                .query(String.class).single();

        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(url(""));
        DonorPortalPage portal = new DonorPortalPage(browser);
        assertThat(portal.askForLink(email)).contains("10 phút");
        screenshot("donor-sign-in-sent-375-vi");
        String link = DonorPortalPage.linkIn(TestMail.text(TestMail.awaitMessageTo(email, "Liên kết đăng nhập")));
        browser.get(url(link));
        portal.continueSigningIn();
        assertThat(portal.text("donor-greeting")).contains(company);
        assertThat(portal.fitsTheWindow()).isTrue();
        screenshot("donor-home-375-vi");

        portal.openPledge(sponsorship.reference());
        assertThat(portal.instalmentState(1)).isEqualTo("PAID");
        assertThat(portal.instalmentState(2)).isEqualTo("DUE");
        assertThat(portal.showsQrCode()).isTrue();
        assertThat(portal.text("donor-pledge-transfer")).contains(sponsorship.reference());
        assertThat(portal.fitsTheWindow()).isTrue();
        screenshot("donor-pledge-375-vi");

        portal.openTab("donor-tab-giving");
        byte[] pdf = download(url(portal.receiptHref(receipt).replaceFirst("^/", "")));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        portal.openTab("donor-tab-where");
        assertThat(portal.text("donor-where-shares")).contains("12.000.000 ₫");
        new Vaadin(browser).await("donor-where-chart");
        assertThat(portal.fitsTheWindow()).isTrue();
        screenshot("donor-where-375-vi");
        portal.followProjectLine();
        assertThat(portal.text("donor-project-title")).contains(title);
        assertThat(portal.text("donor-project-update-1")).contains("Bếp đã nấu bữa trưa đầu tiên cho 80 em.");
        screenshot("donor-project-375-vi");

        portal.switchLanguage();
        new Vaadin(browser).awaitText("donor-tab-where", "Where it went");
        assertThat(portal.text("donor-project-update-1")).contains("The kitchen cooked its first lunch for 80 children.");
        assertThat(portal.fitsTheWindow()).isTrue();
        screenshot("donor-project-375-en");
        portal.openTab("donor-tab-giving");
        new Vaadin(browser).await("donor-home-view");
        screenshot("donor-home-375-en");

        portal.signOut();
        new FrontDoorPage(browser);
        browser.get(url(link));
        assertThat(portal.invalidLinkMessage()).contains("once");
        browser.get(url("donor"));
        new LoginPage(browser);
    }

    @Test
    void aLinkTooOldSignsInNobodyAndAnotherDonorsReferenceOrAProjectNotFundedIsNotFound() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Kao");
        CampaignDetails campaign = activeCampaign(unit);
        LedgerFixtures fixtures = new LedgerFixtures(context);
        ProjectDetails otherProject = fixtures.fundraising(unit, campaign, Programme.EARLY_CHILDHOOD_CARE,
                unique("Nhà trẻ Ea Kao"), 10_000_000);
        String email = DonorTestData.newEmail("chu.doanh.nghiep");
        LedgerFixtures.Pledge mine = confirmed(campaign, unique("Công ty Ea Kao"), DonorTestData.newTaxCode().value(),
                email, Commitment.donation(Money.vnd(5_000_000), null), InstalmentPlan.oneOff(CampaignCalendar.today()));
        LedgerFixtures.Pledge theirs = fixtures.pledge(campaign, 7_000_000, null, unique("Người khác"), false);

        signIn.requestLink(email, "10.77.0.1");
        String old = DonorPortalPage.linkIn(TestMail.text(TestMail.awaitMessageTo(email, "Liên kết đăng nhập")));
        jdbc.sql("UPDATE donor_sign_in_link SET expires_at = ? WHERE donor_id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), mine.donorId()).update();
        browser.get(url(old));
        DonorPortalPage portal = new DonorPortalPage(browser);
        assertThat(portal.invalidLinkMessage()).contains("10 phút");
        screenshot("donor-link-expired-vi");

        browser.get(url(""));
        portal.askForLink(email);
        String fresh = DonorPortalPage.linkIn(TestMail.text(TestMail.awaitMessageTo(email, "Liên kết đăng nhập", 2)));
        browser.get(url(fresh));
        portal.continueSigningIn();
        Vaadin ui = new Vaadin(browser);
        ui.await("donor-pledge-" + mine.reference());

        browser.get(url("donor/pledges/" + theirs.reference()));
        assertThat(ui.text("error-title")).isNotBlank();
        String notFound = ui.text("error-title");
        browser.get(url("donor/pledges/CT00-ZZZZZZ"));
        assertThat(ui.text("error-title")).as("as for a reference nobody has").isEqualTo(notFound);
        browser.get(url("donor/projects/" + otherProject.slug()));
        assertThat(ui.text("error-title")).isEqualTo(notFound);
        browser.get(url("donor/pledges/" + mine.reference()));
        ui.await("donor-pledge-view");
    }

    /** A business's pledge as the online form takes it, confirmed by staff; the same tax code finds the same donor. */
    private LedgerFixtures.Pledge confirmed(CampaignDetails campaign, String company, String taxCode, String email,
            Commitment commitment, InstalmentPlan plan) {
        PledgeSubmission submission = new PledgeSubmission(UUID.randomUUID().toString(), "", commitment, plan, true,
                Sector.ENTERPRISE, company, taxCode, "Trần Thị Kế Toán", email, null, null, Locale.of("vi"), false,
                false, true);
        long id = pledges.submitOnline(campaign.slug(), submission, "10.8.0." + (int) (Math.random() * 200)).id();
        SystemActor.run(() -> pledges.confirm(id));
        return jdbc.sql("SELECT reference, donor_id FROM pledge WHERE id = ?").param(id)
                .query((r, n) -> new LedgerFixtures.Pledge(id, r.getString("reference"), r.getObject("donor_id", Long.class)))
                .single();
    }
}
