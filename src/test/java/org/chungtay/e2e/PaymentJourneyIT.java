package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

class PaymentJourneyIT extends BrowserTest {

    @Autowired
    PledgeService pledges;

    @Autowired
    FundUnitSettingsService unitSettings;

    @Test
    void anAccountantRecordsATransferWhoseNoteManglesTheReferenceGetsItsReceiptThenReversesIt() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Kao");
        String code = "EK" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
        SystemActor.run(() -> unitSettings.saveSettings(unit.id(), new FundUnitSettingsEntry(code,
                "Quỹ Bảo trợ trẻ em xã Ea Kao", "Thôn 3, xã Ea Kao, Buôn Ma Thuột, Đắk Lắk", null, "Hoàng Thị Ấn",
                "Chủ tịch", ReceiptPaper.A5, true, Money.ZERO, null)));
        CampaignDetails campaign = activeCampaign(unit, CampaignKind.MONTH_OF_ACTION);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Lê Thị Hoa");
        long pledgeId = pledges.submitOnline(campaign.slug(), new PledgeSubmission(UUID.randomUUID().toString(), "",
                Commitment.donation(Money.vnd(5_000_000), null), InstalmentPlan.oneOff(CampaignCalendar.today()), false,
                null, "Nguyễn Văn An", null, null, "an" + UUID.randomUUID().toString().substring(0, 6) + "@example.vn",
                null, null, Locale.of("vi"), false, false, false), "10.3.0.1").id();
        SystemActor.run(() -> pledges.confirm(pledgeId));
        String reference = SystemActor.call(() -> pledges.get(pledgeId).pledge().reference());
        String note = reference.toLowerCase(Locale.ROOT).replace("-", " ") + " ung ho tre em";

        browser.get(url("staff/payments"));
        new LoginPage(browser).signIn(accountant, PASSWORD);
        PaymentsPage payments = new PaymentsPage(browser).startTransfer(note, "2.000.000", "FT26336000111");
        assertThat(payments.pledgeFound()).contains(reference, "Nguyễn Văn An", "5.000.000 ₫");
        screenshot("payment-record-vi");
        payments.save().awaitRow(reference);
        payments.awaitRow("2.000.000 ₫");
        String number = code + "/" + CampaignCalendar.today().getYear() + "/1";
        WebElement receipt = payments.theOnlyReceipt();
        assertThat(receipt.getText()).isEqualTo(number);
        assertThat(PdfText.of(download(receipt.getAttribute("href")))).contains(number, "Nguyễn Văn An",
                "Hai triệu đồng chẵn", "Quỹ Bảo trợ trẻ em xã Ea Kao", "Hoàng Thị Ấn", reference);
        screenshot("payments-vi");

        payments.reissueTheOnlyReceipt("Sai địa chỉ nhà hảo tâm");
        String second = code + "/" + CampaignCalendar.today().getYear() + "/2";
        payments.awaitReceipt(second);

        browser.get(url("staff/pledges"));
        PledgeDetailsPage.open(browser, reference).awaitStatus("Đã thực hiện một phần");
        assertThat(new Vaadin(browser).text("pledge-details-paid")).isEqualTo("2.000.000 ₫");
        new Vaadin(browser).awaitRow("pledge-details-payments", "2.000.000 ₫");
        assertThat(browser.findElements(By.id("pledge-cancel"))).as("an accountant does not handle pledges")
                .noneMatch(WebElement::isDisplayed);
        screenshot("pledge-details-paid-vi");
        browser.get(url("campaigns/" + campaign.slug()));
        assertThat(new Vaadin(browser).text("campaign-thermometer-received")).isEqualTo("Đã nhận 2.000.000 ₫ (0%)");

        browser.get(url("staff/payments"));
        PaymentsPage reversing = new PaymentsPage(browser).reverseTheOnlyPayment("Nhập nhầm số tiền");
        reversing.awaitRow("Đã hủy bút toán");
        assertThat(reversing.hasStandingReceipt()).as("the reversal voids the receipt").isFalse();
        browser.manage().window().setSize(new Dimension(375, 812));
        screenshot("payments-reversed-phone-vi");
        browser.get(url("staff/pledges"));
        PledgeDetailsPage.open(browser, reference).awaitStatus("Đã xác nhận");
        browser.get(url("campaigns/" + campaign.slug()));
        assertThat(new Vaadin(browser).text("campaign-thermometer-received")).isEqualTo("Đã nhận 0 ₫ (0%)");
    }

    @Test
    void anAccountantRecordsCashFromSomebodyNewForTheUnitsGeneralFund() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Tiêu");
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Cao Thị Quầy");

        browser.get(url("staff/payments"));
        new LoginPage(browser).signIn(accountant, PASSWORD);
        PaymentsPage payments = new PaymentsPage(browser).startCashGiftFromSomebodyNew("300.000", unit.name(),
                "Lò Văn Mới", "lo.van.moi." + UUID.randomUUID().toString().substring(0, 6) + "@example.vn");
        assertThat(payments.chosenDonor()).isEqualTo("Lò Văn Mới");
        screenshot("payment-new-donor-vi");
        payments.save().awaitRow("Lò Văn Mới");
        payments.awaitRow("300.000 ₫");
    }

    @Test
    void anAccountantRecordsGoodsFromTheLaunchCeremonyAndPrintsTheHandoverRecord() {
        FundUnitRef unit = newUnit("Quỹ xã Hòa Thắng");
        CampaignDetails campaign = activeCampaign(unit, CampaignKind.MONTH_OF_ACTION);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Đặng Thị Kho");

        browser.get(url("staff/payments"));
        new LoginPage(browser).signIn(accountant, PASSWORD);
        PaymentsPage payments = new PaymentsPage(browser)
                .startGoods(campaign.nameVi(), "12.000.000", "200 bộ sách giáo khoa lớp 1\n100 cặp sách");
        payments.save().awaitRow("12.000.000 ₫");
        payments.openHandover();

        Vaadin ui = new Vaadin(browser);
        assertThat(ui.text("goods-handover-goods")).isEqualTo("200 bộ sách giáo khoa lớp 1\n100 cặp sách");
        assertThat(ui.text("goods-handover-words")).isEqualTo("Bằng chữ: Mười hai triệu đồng.");
        assertThat(ui.text("goods-handover")).contains("BIÊN BẢN TIẾP NHẬN HIỆN VẬT", unit.name(), "Bên giao", "Bên nhận");
        screenshot("goods-handover-vi");
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.id("goods-handover-print")).isDisplayed()).as("printed: the sheet only").isFalse();
        screenshot("goods-handover-print-vi");
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        new ShellPage(browser).switchLanguage();
        assertThat(new Vaadin(browser).text("goods-handover-words")).isEqualTo("In Vietnamese words: Mười hai triệu đồng.");
        screenshot("goods-handover-en");
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(url("staff/payments"));
        new Vaadin(browser).click("payment-record");
        new Vaadin(browser).await("payment-form");
        screenshot("payment-record-phone-en");
    }
}
