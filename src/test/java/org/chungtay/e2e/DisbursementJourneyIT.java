package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.ledger.DisbursementTarget;
import org.chungtay.ledger.TestProjectTargets;
import org.chungtay.payments.PaymentEntry;
import org.chungtay.payments.PaymentMethod;
import org.chungtay.payments.PaymentService;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.shared.Money;
import org.chungtay.shared.Programme;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DisbursementJourneyIT extends BrowserTest {

    @Autowired
    PledgeService pledges;

    @Autowired
    PaymentService payments;

    @Autowired
    FundUnitSettingsService unitSettings;

    @Autowired
    TestProjectTargets projects;

    @Autowired
    JdbcClient jdbc;

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
        DisbursementTarget line = projects.line(unit, Programme.DISADVANTAGED_COMMUNES, title, 50_000_000);
        long pledgeId = pledges.submitOnline(campaign.slug(), new PledgeSubmission(UUID.randomUUID().toString(), "",
                Commitment.donation(Money.vnd(25_000_000), null), InstalmentPlan.oneOff(CampaignCalendar.today()),
                false, null, "Trần Văn Hảo Tâm", null, null, "hao" + UUID.randomUUID().toString().substring(0, 6)
                        + "@example.vn", null, null, Locale.of("vi"), false, false, true), "10.7.0.1").id();
        SystemActor.run(() -> pledges.confirm(pledgeId));
        jdbc.sql("UPDATE pledge SET project_id = ? WHERE id = ?").param(line.projectId()).param(pledgeId).update();
        String reference = SystemActor.call(() -> pledges.get(pledgeId).pledge().reference());
        long donorId = jdbc.sql("SELECT donor_id FROM pledge WHERE id = ?").param(pledgeId).query(Long.class).single();
        long paymentId = as(accountant, () -> payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER,
                Money.vnd(25_000_000), CampaignCalendar.today(), reference, null, null, null, "FT26ES0001", null,
                null))).id();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM ledger_gift WHERE payment_id = ?")
                .param(paymentId).query(Long.class).single() == 1);
        Path invoice = Files.createTempFile("hoa-don-", ".pdf");
        Files.writeString(invoice, "%PDF-1.4\n% hoá đơn mái tôn\n", StandardCharsets.UTF_8);

        browser.get(url("staff/disbursements"));
        new LoginPage(browser).signIn(accountant, PASSWORD);
        DisbursementsPage list = DisbursementsPage.list(browser);
        list.payProject(title, "6.000.000", "Mái tôn", invoice);
        list.awaitRow("disbursement-grid", "6.000.000 ₫");
        list.awaitRow("disbursement-grid", "Đã chi");
        screenshot("disbursement-paid-vi");
        list.payProject(title, "15.000.000", "Tường và nền", null);
        list.awaitRow("disbursement-grid", "15.000.000 ₫");
        list.awaitRow("disbursement-grid", "Chờ duyệt");

        browser.get(url("staff/donors/" + donorId));
        Vaadin ui = new Vaadin(browser);
        ui.await("where-it-went");
        assertThat(ui.text("where-it-went-shares")).contains("6.000.000 ₫ → " + title + " — Xây dựng (dự án)",
                "19.000.000 ₫ chưa dùng, quỹ đang giữ");
        assertThat(ui.text("where-it-went-gift-" + paymentId)).contains("6.000.000 ₫ — " + title + " — Xây dựng — Mái tôn");
        screenshot("where-it-went-vi");

        new ShellPage(browser).signOut();
        new FrontDoorPage(browser).staffSignIn().signIn(manager, PASSWORD);
        ui.await("user-menu-button");
        browser.get(url("staff/disbursements/approvals"));
        DisbursementsPage approvals = DisbursementsPage.approvals(browser);
        approvals.approve("15.000.000 ₫");
        browser.get(url("staff/donors/" + donorId));
        ui.await("where-it-went");
        assertThat(ui.text("where-it-went-shares")).contains("21.000.000 ₫ → " + title + " — Xây dựng (dự án)",
                "4.000.000 ₫ chưa dùng, quỹ đang giữ");
    }
}
