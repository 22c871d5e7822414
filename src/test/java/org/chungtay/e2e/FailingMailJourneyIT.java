package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.chungtay.shared.Role;
import org.chungtay.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class FailingMailJourneyIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRootsAdministratorSeesFailingMailOnTheHomeAndSendsARefusedMessageAgain() {
        String recipient = "mai.tran-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        long id = refused(recipient);
        String admin = newStaff(Role.ADMIN, root(), "Hoàng Thị Thu");

        browser.get(url("staff"));
        new LoginPage(browser).signIn(admin, PASSWORD);
        FailingMailPage mail = new FailingMailPage(browser);
        assertThat(mail.notice()).contains("thư chưa gửi được", "thất bại");
        assertThat(mail.tile()).contains("Thư chưa gửi được", "Xem thư chưa gửi được");
        screenshot("failing-mail-home-vi");

        assertThat(mail.openFromNotice().row(recipient)).contains("Cảm ơn nhà hảo tâm", "Bị từ chối",
                "550 5.1.1 <" + recipient + ">: Recipient address rejected");
        screenshot("failing-mail-list-vi");
        mail.sendAgain(id, "Thư gửi " + recipient + " đã được xếp lại vào hàng đợi.");
        mail.awaitGone(recipient);

        assertThat(jdbc.sql("SELECT status FROM email_message WHERE id = ?").param(id).query(String.class).single())
                .isIn("QUEUED", "SENT");
    }

    /** A message the SMTP server refused for good a moment ago, as the dispatcher records it. */
    private long refused(String recipient) {
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO email_message (dedup_key, category, recipient, language, subject, body_text, status, attempts,
                  next_attempt_at, created_at, message_id, last_attempt_at, failure_kind, last_error)
                VALUES (?, 'TRANSACTIONAL', ?, 'vi', 'Cảm ơn nhà hảo tâm', 'Xin cảm ơn.', 'FAILED', 1, ?, ?, ?, ?,
                  'PERMANENT', ?)""")
                .params("journey:" + recipient, recipient, now, now, "<" + UUID.randomUUID() + "@chungtay.local>",
                        now.plusMinutes(1), "550 5.1.1 <" + recipient + ">: Recipient address rejected")
                .update();
        return jdbc.sql("SELECT id FROM email_message WHERE recipient = ?").param(recipient).query(Long.class).single();
    }
}
