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
import org.chungtay.funds.FundUnitRef;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

class StatementMappingJourneyIT extends BrowserTest {

    private static final String HEADER = "Ngày hạch toán;Số tiền có;Số tiền nợ;Nội dung;Người chuyển\n";

    @Autowired
    PledgeService pledges;

    @Test
    void anAccountantMapsAnUnknownBanksColumnsSavesThemAsALayoutAndTheBanksNextStatementIsRecognised()
            throws IOException {
        FundUnitRef unit = newUnit("Quỹ huyện Cư Kuin");
        CampaignDetails campaign = activeCampaign(unit);
        String reference = pledge(campaign, "Y Bhim Niê", 2_000_000);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán Cư Kuin");
        String date = CampaignCalendar.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Path first = statement(HEADER + """
                %1$s;2.000.000;;%2$s ung ho tre em;Y BHIM NIE
                %1$s;;22.000;Phi quan ly tai khoan;
                %1$s;150.000;;ung ho quy;NGUOI LA
                """.formatted(date, reference.toLowerCase(Locale.ROOT).replace("-", " ")));

        browser.get(url("staff/payments/import"));
        new LoginPage(browser).signIn(accountant, PASSWORD);
        StatementImportPage page = new StatementImportPage(browser);
        StatementMappingPage mapping = page.uploadUnknown(first).showsRow("Y BHIM NIE").showsRow("Phi quan ly tai khoan");
        assertThat(mapping.saveRefused().problem("date")).isEqualTo("Chọn cột của tệp chứa thông tin này.");
        mapping.map("date", "Ngày hạch toán").map("money-in", "Số tiền có").map("debit", "Số tiền nợ")
                .map("note", "Nội dung").map("counterparty-name", "Người chuyển").name("Sacombank");
        screenshot("statement-mapping-vi");
        mapping.saveAsLayout();

        page.awaitPreview();
        assertThat(page.summary()).contains("2 dòng ghi có", "1 dòng ghép được", "1 dòng ghi nợ bỏ qua", "Mẫu Sacombank");
        assertThat(page.proposal(2)).contains("Chắc chắn", reference, "Y Bhim Niê");
        assertThat(page.proposal(4)).contains("Chưa ghép");

        browser.get(url("staff/payments/import"));
        StatementImportPage next = new StatementImportPage(browser);
        assertThat(next.layouts()).contains("Vietcombank", "Sacombank · " + unit.name());
        next.upload(statement("SACOMBANK - SAO KÊ TÀI KHOẢN\n" + HEADER + date + ";300.000;;ung ho trung thu;TRAN THI HOA\n"));
        assertThat(next.summary()).contains("1 dòng ghi có", "Mẫu Sacombank");
        next.deleteLayout("Sacombank");
        assertThat(next.layouts()).contains("Vietcombank").noneMatch(layout -> layout.startsWith("Sacombank"));

        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(url("staff/payments/import"));
        StatementMappingPage onPhone = new StatementImportPage(browser)
                .uploadUnknown(statement("Ngày;Tiền vào;Diễn giải\n" + date + ";100.000;ung ho\n"))
                .showsRow("ung ho");
        screenshot("statement-mapping-phone-vi");
        onPhone.cancel();
        new StatementImportPage(browser).awaitResult("Chưa ghép các cột nên tệp không được đọc. Chưa có gì được ghi.");
    }

    private static Path statement(String text) throws IOException {
        Path file = Files.createTempFile("sao-ke-sacombank", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
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
