package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.chungtay.shared.Role;
import org.chungtay.shared.VietnamTime;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff hear of failing mail by email once a day, the root's keepers only, in their language. */
class FailingMailNoticesIT extends IntegrationTest {

    @Autowired
    FailingMailNotices notices;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRootsKeepersAreToldOnceADayOfMailThatFailedAndNobodyElseIs() {
        String admin = newStaff(Role.ADMIN, root(), "Quản trị viên");
        String manager = newStaff(Role.FUND_MANAGER, root(), "Quản lý quỹ");
        String accountant = newStaff(Role.ACCOUNTANT, root(), "Kế toán");
        String communeManager = newStaff(Role.FUND_MANAGER, newUnit("Quỹ xã Ea Tu"), "Quản lý xã");
        String error = "550 5.1.1 <" + UUID.randomUUID() + "@example.vn>: user unknown";
        LocalDateTime anHourAgo = LocalDateTime.now(ZoneOffset.UTC).minusHours(1);
        jdbc.sql("""
                INSERT INTO email_message (dedup_key, category, kind, recipient, language, subject, body_text, status,
                  attempts, next_attempt_at, created_at, last_attempt_at, failure_kind, last_error)
                VALUES (?, 'TRANSACTIONAL', 'PAYMENT_THANK_YOU', 'gone@example.vn', 'vi', 'Cảm ơn', 'Cảm ơn', 'FAILED', 1,
                  ?, ?, ?, 'PERMANENT', ?)""")
                .params("notice-test:" + UUID.randomUUID(), anHourAgo, anHourAgo, LocalDateTime.now(ZoneOffset.UTC),
                        error)
                .update();
        LocalDate today = VietnamTime.today();

        notices.send(today);
        notices.send(today);

        assertThat(noticesTo(admin, today)).isOne();
        assertThat(noticesTo(manager, today)).isOne();
        assertThat(noticesTo(accountant, today)).isZero();
        assertThat(noticesTo(communeManager, today)).isZero();
        String text = jdbc.sql("""
                SELECT body_text FROM email_message WHERE kind = 'STAFF_MAIL_FAILING' AND recipient = ?""")
                .param(admin + "@test.chungtay").query(String.class).single();
        assertThat(text).contains("Quản trị viên", error, "/staff/mail-log");
    }

    private long noticesTo(String username, LocalDate day) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM email_message WHERE kind = 'STAFF_MAIL_FAILING' AND recipient = ?
                  AND dedup_key LIKE ?""")
                .params(username + "@test.chungtay", "mail-failing:" + day + ":staff:%").query(Long.class).single();
    }
}
