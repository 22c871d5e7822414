package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.campaigns.CampaignKind;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.pledges.ReferenceCode;
import org.chungtay.shared.Role;
import org.chungtay.support.BrowserTest;
import org.chungtay.support.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class PledgeJourneyIT extends BrowserTest {

    private static final Pattern OPT_IN_LINK = Pattern.compile("/(consent/confirm/[A-Za-z0-9_-]+)");

    @Test
    void aBusinessSponsorsFiveChildrenForAYearConfirmsItsOptInsByEmailAndStaffConfirmThePledge() throws Exception {
        FundUnitRef unit = newUnit("Quỹ huyện Krông Pắc");
        CampaignDetails campaign = activeCampaign(unit, CampaignKind.MONTH_OF_ACTION);
        String clerk = newStaff(Role.FUND_STAFF, unit, "Phạm Văn Đức");
        String email = "ketoan-" + UUID.randomUUID().toString().substring(0, 6) + "@caphebanme.vn";

        browser.get(url("campaigns/" + campaign.slug()));
        new Vaadin(browser).click("public-pledge");
        PledgeFormPage form = new PledgeFormPage(browser)
                .sponsor("Đỡ đầu trực tiếp trẻ em", 5, 12, "500.000");
        form.awaitTotal("Tổng cộng: 30.000.000 ₫");
        form.organisation("Công ty TNHH Cà phê Ban Mê", "0100109106", "Trần Thị Mai", email).optInToNews();
        screenshot("pledge-form-vi");
        form.submit();

        PledgeConfirmationPage confirmation = new PledgeConfirmationPage(browser);
        String reference = confirmation.reference();
        assertThat(ReferenceCode.isWellFormed(reference)).isTrue();
        assertThat(confirmation.total()).isEqualTo("30.000.000 ₫");
        assertThat(confirmation.qrCodeShown()).isTrue();
        screenshot("pledge-confirmation-vi");

        MimeMessage mail = TestMail.awaitMessageTo(email, reference);
        assertThat(TestMail.text(mail)).contains("30.000.000 ₫", reference);
        assertThat(TestMail.html(mail)).contains("30.000.000 ₫", reference);

        assertThat(TestMail.text(mail)).doesNotContain("/consent/confirm/");
        MimeMessage optInMail = TestMail.awaitMessageTo(email, "Xác nhận nhận tin");
        assertThat(TestMail.text(optInMail)).contains("Lời kêu gọi ủng hộ");
        Matcher optInLink = OPT_IN_LINK.matcher(TestMail.text(optInMail));
        assertThat(optInLink.find()).as("opt-in link in its own email").isTrue();
        browser.get(url(optInLink.group(1)));
        OptInConfirmationPage optIn = new OptInConfirmationPage(browser);
        assertThat(optIn.categories()).contains("Lời kêu gọi ủng hộ");
        optIn.confirm();
        assertThat(optIn.message()).startsWith("Cảm ơn");
        screenshot("opt-in-confirmed-vi");
        browser.get(url(optInLink.group(1)));
        assertThat(new OptInConfirmationPage(browser).message()).isEqualTo("Liên kết này đã được sử dụng.");

        browser.manage().deleteAllCookies();
        browser.get(url("staff/pledges"));
        new LoginPage(browser).signIn(clerk, PASSWORD);
        PledgeDetailsPage.open(browser, reference).confirm().awaitStatus("Đã xác nhận");
        screenshot("pledge-details-vi");

        browser.get(url("campaigns/" + campaign.slug()));
        assertThat(new Vaadin(browser).await("public-campaign-view").getText()).contains("30.000.000 ₫");
        assertThat(browser.findElements(By.id("public-pledge"))).isNotEmpty();
    }

    @Test
    void aClerkEntersAPledgeMadeAtTheLaunchCeremonyAndTheBusinessGetsItsConfirmation() throws Exception {
        FundUnitRef unit = newUnit("Quỹ huyện Cư Kuin");
        CampaignDetails campaign = activeCampaign(unit, CampaignKind.MONTH_OF_ACTION);
        String clerk = newStaff(Role.FUND_STAFF, unit, "Vũ Thị Lễ");
        String email = "hanhchinh-" + UUID.randomUUID().toString().substring(0, 6) + "@duongcukuin.vn";

        browser.get(url("staff/pledges"));
        new LoginPage(browser).signIn(clerk, PASSWORD);
        Vaadin ui = new Vaadin(browser);
        ui.click("pledge-enter");
        ui.choose("pledge-entry-campaign", campaign.nameVi());
        PledgeFormPage form = new PledgeFormPage(browser, "pledge-entry-view")
                .sponsor("Đỡ đầu trực tiếp trẻ em", 3, 6, "500.000");
        form.awaitTotal("Tổng cộng: 9.000.000 ₫");
        form.organisation("Công ty Cổ phần Đường Cư Kuin", "0100112437", "Lý Văn Tâm", email);
        screenshot("pledge-entry-vi");
        form.submit();

        new PledgeDetailsPage(browser).awaitStatus("Đã xác nhận");
        assertThat(ui.text("pledge-details-entered-by")).isEqualTo(clerk);
        screenshot("pledge-entered-vi");
        assertThat(TestMail.awaitMessageTo(email).getSubject()).contains(ui.text("pledge-details-reference"));
    }
}
