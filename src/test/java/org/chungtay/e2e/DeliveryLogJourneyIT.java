package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Role;
import org.chungtay.support.BrowserTest;
import org.chungtay.support.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DeliveryLogJourneyIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFundManagerFindsAThankYouByKindAndStatusOpensItAndSendsItAgain() throws Exception {
        FundUnitRef unit = newUnit("Quỹ xã Ea Tu");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String thanked = "mai.tran-" + tag + "@example.vn";
        String receipted = "son.hoang-" + tag + "@example.vn";
        long thankYou = message(unit, "PAYMENT_THANK_YOU", thanked, "Cảm ơn Công ty Cà phê Ban Mê",
                "<!DOCTYPE html><html><body><p>Kính gửi <b>Công ty Cà phê Ban Mê</b>, quỹ đã nhận 15.000.000 ₫.</p>"
                        + "<script>document.title='chạy'</script></body></html>");
        long receipt = message(unit, "RECEIPT_ISSUED", receipted, "Biên nhận DL-BMT/2027/17", "<p>Biên nhận</p>");
        jdbc.sql("INSERT INTO email_attachment (message_id, file_name, content_type, content) VALUES (?, ?, ?, ?)")
                .params(receipt, "bien-nhan.pdf", "application/pdf", "%PDF-1.4 biên nhận".getBytes()).update();
        String manager = newStaff(Role.FUND_MANAGER, unit, "Nguyễn Thị Lan");

        browser.get(url("staff/mail-log"));
        new LoginPage(browser).signIn(manager, PASSWORD);
        DeliveryLogPage log = new DeliveryLogPage(browser).awaitList();
        assertThat(log.links()).isEqualTo("Thư chưa gửi được | Địa chỉ bị chặn");
        String list = log.kind("Cảm ơn khi nhận được tiền").status("Đã gửi").listAfterFiltering(thanked, receipted);
        assertThat(list).contains("Cảm ơn Công ty Cà phê Ban Mê", "Đã gửi");
        screenshot("delivery-log-vi");

        log.open(thanked);
        String originalUrl = browser.getCurrentUrl();
        assertThat(originalUrl).endsWith("/staff/mail-log/" + thankYou);
        assertThat(log.fact("sent-mail-to")).isEqualTo(thanked);
        assertThat(log.fact("sent-mail-status")).isEqualTo("Đã gửi");
        assertThat(log.fact("sent-mail-message-id")).isEqualTo("<" + tag + "@chungtay.local>");
        assertThat(log.frameSandbox()).as("no scripts, forms or navigation").isEmpty();
        assertThat(log.frameSource()).contains("<b>Công ty Cà phê Ban Mê</b>");
        assertThat(log.frameText()).contains("Kính gửi Công ty Cà phê Ban Mê, quỹ đã nhận 15.000.000 ₫.");
        screenshot("delivery-log-message-vi");

        log.sendAgain("Đã xếp một bản sao của thư gửi " + thanked + " vào hàng đợi.", originalUrl);
        long copy = jdbc.sql("SELECT id FROM email_message WHERE dedup_key LIKE ?").param("resend:" + thankYou + ":%")
                .query(Long.class).single();
        assertThat(browser.getCurrentUrl()).endsWith("/staff/mail-log/" + copy);
        MimeMessage received = TestMail.awaitMessageTo(thanked);
        assertThat(received.getSubject()).isEqualTo("Cảm ơn Công ty Cà phê Ban Mê");
        assertThat(TestMail.html(received)).contains("<b>Công ty Cà phê Ban Mê</b>");
        assertThat(TestMail.messageIdOf(received)).isNotEqualTo("<" + tag + "@chungtay.local>");

        new ShellPage(browser).switchLanguage();
        assertThat(log.fact("sent-mail-status")).isIn("Queued", "Sent");
        screenshot("delivery-log-message-en");
        browser.get(url("staff/mail-log"));
        DeliveryLogPage english = new DeliveryLogPage(browser).awaitList();
        assertThat(english.listAfterFiltering(receipted, "nobody@example.vn"))
                .contains("Receipt issued (PDF attached)", "Sent");
        browser.manage().window().setSize(new Dimension(375, 812));
        screenshot("delivery-log-phone-en");
        assertThat(english.open(receipted).fact("sent-mail-subject")).isEqualTo("Biên nhận DL-BMT/2027/17");
        screenshot("delivery-log-message-phone-en");
        assertThat(download(english.attachmentLink("bien-nhan.pdf"))).isEqualTo("%PDF-1.4 biên nhận".getBytes());
    }

    @Test
    void whereMailGoesToARealServerThereIsNoCapturedMailAndNoLinkToIt() {
        String admin = newStaff(Role.ADMIN, root(), "Hoàng Thị Thu");

        browser.get(url("staff/mail-log"));
        new LoginPage(browser).signIn(admin, PASSWORD);
        DeliveryLogPage log = new DeliveryLogPage(browser).awaitList();
        assertThat(log.links()).isEqualTo("Thư chưa gửi được | Địa chỉ bị chặn");
        assertThat(browser.findElements(By.id("mail-log-captured"))).isEmpty();

        browser.get(url("staff/mail/captured"));
        assertThat(new Vaadin(browser).text("error-title")).isEqualTo("Không tìm thấy trang");
        browser.get(url("staff/mail/captured/1"));
        assertThat(new Vaadin(browser).text("error-title")).isEqualTo("Không tìm thấy trang");
    }

    /** A message the dispatcher sent a minute ago, as it left it. */
    private long message(FundUnitRef unit, String kind, String recipient, String subject, String html) {
        LocalDateTime sent = LocalDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)
                .minusMinutes(1);
        String key = "journey:" + UUID.randomUUID();
        String tag = recipient.substring(recipient.indexOf('-') + 1, recipient.indexOf('@'));
        jdbc.sql("""
                INSERT INTO email_message (dedup_key, category, kind, recipient, language, subject, body_text, body_html,
                  status, attempts, next_attempt_at, created_at, sent_at, message_id, fund_unit_id)
                VALUES (?, 'TRANSACTIONAL', ?, ?, 'vi', ?, 'Xin cảm ơn.', ?, 'SENT', 1, ?, ?, ?, ?, ?)""")
                .params(key, kind, recipient, subject, html, sent, sent, sent,
                        "PAYMENT_THANK_YOU".equals(kind) ? "<" + tag + "@chungtay.local>" : "<" + UUID.randomUUID() + "@x>",
                        unit.id())
                .update();
        return jdbc.sql("SELECT id FROM email_message WHERE dedup_key = ?").param(key).query(Long.class).single();
    }
}
