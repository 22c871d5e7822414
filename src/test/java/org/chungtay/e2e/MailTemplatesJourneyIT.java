package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.chungtay.communications.MailTemplateService;
import org.chungtay.communications.MessageKind;
import org.chungtay.communications.OutgoingEmail;
import org.chungtay.communications.Outbox;
import org.chungtay.communications.TemplateVersion;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.BrowserTest;
import org.chungtay.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class MailTemplatesJourneyIT extends BrowserTest {

    private static final Locale VI = Locale.of("vi");

    @Autowired
    Outbox outbox;

    @Autowired
    MailTemplateService templates;

    @Autowired
    FundUnitSettingsService fundSettings;

    @Autowired
    JdbcClient jdbc;

    /** The templates belong to the whole fund: whatever happened, the shipped thank-you is in use again. */
    @AfterEach
    void shippedThankYouInUseAgain() {
        SystemActor.run(() -> {
            TemplateVersion current = templates.current(MessageKind.PAYMENT_THANK_YOU, VI);
            TemplateVersion shipped = templates.versions(MessageKind.PAYMENT_THANK_YOU, VI).getLast();
            if (!current.subject().equals(shipped.subject()) || !current.html().equals(shipped.html())
                    || !current.text().equals(shipped.text())) {
                templates.restore(MessageKind.PAYMENT_THANK_YOU, VI, TemplateVersion.SHIPPED, current.version());
            }
        });
    }

    @Test
    void aFundManagerEditsTheThankYouSeesThePreviewSavesAndTheNextThankYouUsesIt() throws Exception {
        String manager = newStaff(Role.FUND_MANAGER, root(), "Phạm Thị Hồng");
        FundUnitRef unit = newUnit("Quỹ huyện Ea H’leo");
        String code = "EH-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        SystemActor.run(() -> fundSettings.saveSettings(unit.id(), new FundUnitSettingsEntry(code,
                "Quỹ Bảo trợ trẻ em huyện Ea H’leo", "Thị trấn Ea Drăng, huyện Ea H’leo, tỉnh Đắk Lắk", null,
                "H’Luyến Niê", "Giám đốc", ReceiptPaper.A5, true, Money.ZERO, null)));

        browser.get(url("staff/mail-templates?kind=payment-thank-you&language=vi"));
        new LoginPage(browser).signIn(manager, PASSWORD);
        MailTemplatesPage editor = new MailTemplatesPage(browser);
        assertThat(editor.state()).startsWith("Đang dùng");
        editor.awaitPreview("Kính gửi Công ty TNHH Cà phê Ban Mê,");
        assertThat(editor.previewSubject()).isEqualTo("Cảm ơn Công ty TNHH Cà phê Ban Mê đã chung tay vì trẻ em");
        screenshot("mail-templates-vi");

        editor.typeSubject("Ea H’leo cảm ơn {{donorName}}")
                .typeBody("mail-template-html", "<p>Kính gửi {{donorName}},</p>\n<p>Cảm ơn {{tenNhaHaoTam}}.</p>");
        assertThat(editor.awaitProblem("{{tenNhaHaoTam}}")).contains("Loại thư này không có trường {{tenNhaHaoTam}} (dòng 2).");
        editor.saveRefused();
        assertThat(editor.errorMessage("mail-template-html"))
                .isEqualTo("Loại thư này không có trường {{tenNhaHaoTam}} (dòng 2).");

        editor.typeBody("mail-template-html", """
                <p>Kính gửi {{donorName}},</p>
                <p>Quỹ đã nhận <strong>{{amount}}</strong> ngày {{paidOn}}. Mùa đông này các em ở Ea H’leo có áo ấm nhờ quý vị.</p>
                <p><a class="button" href="{{pageUrl}}">Xem đóng góp</a></p>
                <p>Trân trọng,<br>""")
                .insertAtEnd("mail-template-html", "fundUnitName");
        editor.awaitPreview("Mùa đông này các em ở Ea H’leo có áo ấm nhờ quý vị.")
                .awaitPreview("<br>" + "Quỹ Bảo trợ trẻ em tỉnh Đắk Lắk");
        assertThat(editor.previewSubject()).isEqualTo("Ea H’leo cảm ơn Công ty TNHH Cà phê Ban Mê");
        screenshot("mail-template-preview-desktop-vi");
        editor.showPhone();
        screenshot("mail-template-preview-phone-vi");
        editor.save("Đã lưu phiên bản");
        assertThat(editor.state()).startsWith("Đang dùng phiên bản").contains(manager);

        String recipient = "ketoan-" + UUID.randomUUID().toString().substring(0, 8) + "@caosu-eahleo.vn";
        outbox.enqueue(new OutgoingEmail(MessageKind.PAYMENT_THANK_YOU, recipient, VI, Map.of(
                "donorName", "Công ty CP Cao su Ea H’leo & Cộng sự", "amount", "25.000.000 ₫", "paidOn", "02/12/2026",
                "campaignName", "Áo ấm cho em", "reference", false, "fundUnitName", "Quỹ Bảo trợ trẻ em huyện Ea H’leo",
                "pageUrl", "http://localhost/donor"), "journey-thank-you:" + recipient, unit.id()));

        Map<String, Object> stored = jdbc.sql("SELECT subject, body_text, body_html FROM email_message WHERE recipient = ?")
                .param(recipient).query().singleRow();
        assertThat(stored.get("subject")).isEqualTo("Ea H’leo cảm ơn Công ty CP Cao su Ea H’leo & Cộng sự");
        assertThat((String) stored.get("body_html")).contains("Kính gửi Công ty CP Cao su Ea H’leo &amp; Cộng sự,",
                "Quỹ đã nhận <strong>25.000.000 ₫</strong> ngày 02/12/2026. Mùa đông này các em ở Ea H’leo",
                "Thị trấn Ea Drăng, huyện Ea H’leo, tỉnh Đắk Lắk");
        MimeMessage sent = TestMail.awaitMessageTo(recipient);
        assertThat(sent.getSubject()).isEqualTo("Ea H’leo cảm ơn Công ty CP Cao su Ea H’leo & Cộng sự");
        assertThat(TestMail.html(sent)).contains("Mùa đông này các em ở Ea H’leo có áo ấm nhờ quý vị.");
        assertThat(TestMail.text(sent)).as("the text part was not edited: the shipped one, with the same values")
                .contains("Quỹ đã nhận được khoản đóng góp 25.000.000 ₫ ngày 02/12/2026",
                        "Quỹ Bảo trợ trẻ em huyện Ea H’leo\nThị trấn Ea Drăng");

        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(url("staff/mail-templates?kind=payment-thank-you&language=en"));
        new ShellPage(browser).switchLanguage();
        editor = new MailTemplatesPage(browser);
        assertThat(editor.state()).as("the English template is its own").startsWith("The template that comes with");
        editor.awaitPreview("Dear Công ty TNHH Cà phê Ban Mê,");
        screenshot("mail-templates-phone-en");
        editor.showPhone();
        screenshot("mail-template-preview-phone-en");

        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("staff/mail-templates?kind=payment-thank-you&language=vi"));
        editor = new MailTemplatesPage(browser);
        int inUse = SystemActor.call(() -> templates.current(MessageKind.PAYMENT_THANK_YOU, VI)).version();
        editor.restore(0, "Version " + (inUse + 1) + " is in use, saved by " + manager);
        editor.awaitVersion("restored the shipped template");
        editor.awaitPreview("Kính gửi Công ty TNHH Cà phê Ban Mê,");
        screenshot("mail-template-restored-en");
    }
}
