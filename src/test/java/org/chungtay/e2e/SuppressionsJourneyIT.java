package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.chungtay.shared.Role;
import org.chungtay.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The root's fund manager puts an address that complained on the suppression list, finds it, and lifts it. */
class SuppressionsJourneyIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFundManagerRecordsSearchesAndLiftsASuppressedAddress() {
        String address = "khieu-nai-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        String manager = newStaff(Role.FUND_MANAGER, root(), "Nguyễn Văn Bình");

        browser.get(url("staff"));
        new LoginPage(browser).signIn(manager, PASSWORD);
        new ShellPage(browser);
        browser.get(url("staff/mail/suppressions"));
        SuppressionsPage page = new SuppressionsPage(browser).record(address, "Người nhận khiếu nại");
        assertThat(page.search(address.substring(0, 18)).rowsShowing(address)).contains("Người nhận khiếu nại",
                "Cán bộ quỹ", manager);
        screenshot("suppressions-vi");

        long id = jdbc.sql("SELECT id FROM mail_suppression WHERE address = ?").param(address).query(Long.class).single();
        page.lift(id, address);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_suppression WHERE address = ?").param(address)
                .query(Long.class).single()).isZero();
        page.back();
    }
}
