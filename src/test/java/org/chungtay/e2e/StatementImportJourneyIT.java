package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.campaigns.CampaignKind;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.BrowserTest;
import org.chungtay.support.PdfText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

class StatementImportJourneyIT extends BrowserTest {

    @Autowired
    PledgeService pledges;

    @Autowired
    FundUnitSettingsService unitSettings;

    @Test
    void anAccountantImportsAStatementWhoseNoteManglesAReferenceThenMatchesTheRestByHand() throws IOException {
        FundUnitRef unit = newUnit("Quỹ xã Krông Búk");
        String code = "KB" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
        SystemActor.run(() -> unitSettings.saveSettings(unit.id(), new FundUnitSettingsEntry(code,
                "Quỹ Bảo trợ trẻ em xã Krông Búk", "Thôn 1, xã Krông Búk, Đắk Lắk", null, "Vũ Thị Ngữ", "Chủ tịch",
                ReceiptPaper.A5, true, Money.ZERO, null)));
        CampaignDetails campaign = activeCampaign(unit, CampaignKind.MONTH_OF_ACTION);
        String reference = pledge(campaign, "Trịnh Văn Lực", 30_000_000);
        String other = pledge(campaign, "Hà Thị Mỹ", 450_000);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán Krông Búk");
        String date = CampaignCalendar.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String mangled = reference.toLowerCase(Locale.ROOT).replace("-", " ") + " ung ho tre em";
        Path statement = Files.createTempFile("sao-ke-vcb", ".csv");
        Files.writeString(statement, """
                NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM,,,,,,,
                SAO KÊ TÀI KHOẢN / STATEMENT OF ACCOUNT,,,,,,,
                Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Số dư,Mô tả,Tên đối ứng,Tài khoản đối ứng
                %1$s,FT26001,,"30.000.000",,%2$s,TRINH VAN LUC,0123456789
                %1$s,FT26002,"11.000",,,Phi SMS,,
                %1$s,FT26003,,"450.000",,=1+1 ung ho,MOT NGUOI KHAC,
                Tổng cộng,,"11.000","30.450.000",,,,
                """.formatted(date, mangled), StandardCharsets.UTF_8);

        browser.get(url("staff/payments/import"));
        new LoginPage(browser).signIn(accountant, PASSWORD);
        StatementImportPage page = new StatementImportPage(browser).upload(statement);

        assertThat(page.summary()).contains("2 dòng ghi có", "1 dòng ghép được", "1 dòng ghi nợ bỏ qua");
        assertThat(page.proposal(4)).contains("Chắc chắn", reference, "Trịnh Văn Lực",
                "Tìm thấy mã cam kết " + reference + " trong nội dung chuyển khoản");
        assertThat(page.proposal(6)).contains("Chưa ghép");
        screenshot("statement-preview-vi");
        page.importIt();
        assertThat(page.result()).contains("1 khoản thu được ghi", "1 dòng chờ ghép tay");

        browser.get(url("campaigns/" + campaign.slug()));
        assertThat(new Vaadin(browser).text("campaign-thermometer-received")).startsWith("Đã nhận 30.000.000 ₫");
        browser.get(url("staff/pledges"));
        PledgeDetailsPage.open(browser, reference).awaitStatus("Đã hoàn thành");
        new Vaadin(browser).awaitRow("pledge-details-payments", "30.000.000 ₫");
        browser.get(url("staff/payments"));
        PaymentsPage payments = new PaymentsPage(browser);
        String number = code + "/" + CampaignCalendar.today().getYear() + "/1";
        payments.awaitReceipt(number);
        WebElement receipt = payments.theOnlyReceipt();
        assertThat(PdfText.of(download(receipt.getAttribute("href")))).contains(number, "Trịnh Văn Lực",
                "Ba mươi triệu đồng chẵn", "Quỹ Bảo trợ trẻ em xã Krông Búk", "Vũ Thị Ngữ", reference);

        browser.get(url("staff/payments/import"));
        StatementImportPage again = new StatementImportPage(browser).upload(statement);
        assertThat(again.summary()).contains("0 dòng ghép được", "2 dòng đã nhập trước đây");
        again.importIt();
        assertThat(again.result()).contains("Không có gì mới để nhập");

        browser.get(url("staff/payments/queue"));
        new Vaadin(browser).awaitRow("statement-queue", "=1+1 ung ho");
        screenshot("statement-queue-vi");
        String csv = new String(download(browser.findElement(By.id("statement-queue-csv")).getAttribute("href")),
                StandardCharsets.UTF_8);
        assertThat(csv).as("a note that starts like a formula is exported as text").contains("'=1+1 ung ho")
                .contains("450000", "MOT NGUOI KHAC");
        StatementImportPage.matchTheOnlyQueuedLine(browser, other + " · Hà Thị Mỹ · còn 450.000 ₫");
        StatementImportPage.awaitQueueEmpty(browser);
        browser.get(url("staff/pledges"));
        PledgeDetailsPage.open(browser, other).awaitStatus("Đã hoàn thành");

        new ShellPage(browser).switchLanguage();
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(url("staff/payments/import"));
        new StatementImportPage(browser);
        screenshot("statement-import-phone-en");
    }

    private String pledge(CampaignDetails campaign, String name, long amount) {
        long id = pledges.submitOnline(campaign.slug(), new PledgeSubmission(UUID.randomUUID().toString(), "",
                Commitment.donation(Money.vnd(amount), null), InstalmentPlan.oneOff(CampaignCalendar.today()), false,
                null, name, null, null, "d" + UUID.randomUUID().toString().substring(0, 6) + "@example.vn",
                null, null, Locale.of("vi"), false, false, false), "10.4.0.1").id();
        SystemActor.run(() -> pledges.confirm(id));
        return SystemActor.call(() -> pledges.get(id).pledge().reference());
    }
}
