package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.ledger.DisbursementTarget;
import org.chungtay.ledger.LedgerFixtures;
import org.chungtay.projects.ProjectDetails;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class DisbursementJourneyIT extends BrowserTest {

    @Autowired
    FundUnitSettingsService unitSettings;

    @Autowired
    ApplicationContext context;

    @Test
    void anAccountantPaysAProjectFromItsDesignatedGiftsTheDonorSeesWhereItWentAndAManagerApprovesTheBigOne()
            throws Exception {
        FundUnitRef unit = newUnit("Quỹ xã Ea Súp");
        String code = "ES" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
        SystemActor.run(() -> unitSettings.saveSettings(unit.id(), new FundUnitSettingsEntry(code, "", "Thôn 1, xã Ea Súp",
                null, "Y Jut", "Chủ tịch", ReceiptPaper.A5, false, Money.ZERO, null, Money.vnd(10_000_000), null)));
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Lê Thị Chi");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Nguyễn Văn Duyệt");
        String title = unique("Lớp học Ea Súp");
        LedgerFixtures fixtures = new LedgerFixtures(context);
        ProjectDetails project = fixtures.fundraising(unit, campaign, Programme.DISADVANTAGED_COMMUNES, title,
                50_000_000);
        LedgerFixtures.Pledge pledge = fixtures.pledge(campaign, 25_000_000, project.id(), "Trần Văn Hảo Tâm", true);
        DisbursementTarget line = fixtures.funded(project);
        assertThat(line.labelVi()).as("the projects module's label: title — budget line")
                .isEqualTo(title + " — " + LedgerFixtures.LINE_VI);
        long donorId = pledge.donorId();
        long paymentId = as(accountant, () -> fixtures.pay(pledge, 25_000_000, CampaignCalendar.today()));
        Path invoice = Files.createTempFile("hoa-don-", ".pdf");
        Files.writeString(invoice, "%PDF-1.4\n% hoá đơn mái tôn\n", StandardCharsets.UTF_8);

        browser.get(url("staff/disbursements"));
        new LoginPage(browser).signIn(accountant, PASSWORD);
        DisbursementsPage list = DisbursementsPage.list(browser);
        list.payProject(line.labelVi(), "6.000.000", "Mái tôn", invoice);
        list.awaitRow("disbursement-grid", "6.000.000 ₫");
        list.awaitRow("disbursement-grid", "Đã chi");
        screenshot("disbursement-paid-vi");
        list.payProject(line.labelVi(), "15.000.000", "Tường và nền", null);
        list.awaitRow("disbursement-grid", "15.000.000 ₫");
        list.awaitRow("disbursement-grid", "Chờ duyệt");

        browser.get(url("staff/donors/" + donorId));
        Vaadin ui = new Vaadin(browser);
        ui.await("where-it-went");
        assertThat(ui.text("where-it-went-shares")).contains("6.000.000 ₫ → " + line.labelVi() + " (dự án)",
                "19.000.000 ₫ chưa dùng, quỹ đang giữ");
        assertThat(ui.text("where-it-went-gift-" + paymentId)).contains("6.000.000 ₫ — " + line.labelVi() + " — Mái tôn");
        screenshot("where-it-went-vi");

        new ShellPage(browser).signOut();
        new FrontDoorPage(browser).staffSignIn().signIn(manager, PASSWORD);
        ui.await("user-menu-button");
        browser.get(url("staff/disbursements/approvals"));
        DisbursementsPage approvals = DisbursementsPage.approvals(browser);
        approvals.approve("15.000.000 ₫");
        browser.get(url("staff/donors/" + donorId));
        ui.await("where-it-went");
        assertThat(ui.text("where-it-went-shares")).contains("21.000.000 ₫ → " + line.labelVi() + " (dự án)",
                "4.000.000 ₫ chưa dùng, quỹ đang giữ");
    }
}
