package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.people.StaffSummary;
import org.chungtay.shared.Role;
import org.chungtay.support.BrowserTest;
import org.chungtay.support.PortalProcess;
import org.chungtay.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Two nodes on one database: node A is a portal in a process of its own, node B this test's portal.
 * A change to an account on B must end the account's session on A at its next request.
 */
class SessionAcrossNodesJourneyIT extends BrowserTest {

    @Test
    void aClerkDeactivatedOnOneNodeLandsOnTheSignInPageAtTheirNextClickOnAnother() throws Exception {
        FundUnitRef unit = newUnit("Quỹ huyện Buôn Đôn");
        String admin = newStaff(Role.ADMIN, unit, "Admin");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Trần Thị Mai");
        long clerkId = as(admin, () -> staff.listInScope()).stream().filter(user -> user.username().equals(clerk))
                .mapToLong(StaffSummary::id).findFirst().orElseThrow();

        try (PortalProcess nodeA = PortalProcess.start(TestDatabase.url())) {
            int portA = nodeA.awaitPort(Duration.ofMinutes(4));
            browser.get("http://localhost:" + portA + "/staff");
            new LoginPage(browser).signIn(clerk, PASSWORD);
            assertThat(new ShellPage(browser).fundUnit()).isEqualTo(unit.name());

            as(admin, () -> staff.deactivate(clerkId));
            browser.findElement(By.id("nav-staff-campaigns")).click();

            LoginPage login = new LoginPage(browser);
            assertThat(browser.getCurrentUrl()).startsWith("http://localhost:" + portA + "/login");
            assertThat(login.submitLabel()).isEqualTo("Đăng nhập");
            screenshot("signed-out-on-other-node");
        }
    }
}
