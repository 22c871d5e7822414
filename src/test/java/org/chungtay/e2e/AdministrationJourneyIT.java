package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Role;
import org.chungtay.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class AdministrationJourneyIT extends BrowserTest {

    @Test
    void anAdministratorOpensACommuneFundAndAnAccountWhoseOwnerChoosesTheirPassword() {
        ensureThreeLevels();
        FundUnitRef district = newUnit("Quỹ huyện Cư M’gar");
        String admin = newStaff(Role.ADMIN, district, "Quản trị huyện");
        String commune = "Quỹ xã Ea Pốk " + UUID.randomUUID().toString().substring(0, 4);
        String username = "thu." + UUID.randomUUID().toString().substring(0, 6);

        browser.get(url("admin/fund-units"));
        new LoginPage(browser).signIn(admin, PASSWORD);
        FundUnitsPage units = new FundUnitsPage(browser);
        units.addUnitBelow(district.name(), commune);
        units.awaitUnit(commune);
        screenshot("fund-units-vi");

        browser.get(url("admin/users"));
        UsersPage users = new UsersPage(browser);
        assertThat(users.emailMessageFor("not an email")).isEqualTo("Địa chỉ email không hợp lệ.");
        String temporary = users.addUser(username, "Hoàng Thị Thu", username + "@example.vn", "Cán bộ quỹ", commune);
        users.awaitUser("Hoàng Thị Thu");
        screenshot("users-vi");

        browser.get(url("actuator/health"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"db\"", "\"mail\"", "\"scheduler\"");

        browser.get(url(""));
        new ShellPage(browser).signOut();
        new FrontDoorPage(browser).staffSignIn().signIn(username, temporary);
        new ChangePasswordPage(browser).change(temporary, "my-own-long-password");

        assertThat(new Vaadin(browser).await("home-view").getText()).contains("Xin chào, Hoàng Thị Thu");
        assertThat(new ShellPage(browser).fundUnit()).isEqualTo(commune);
        screenshot("home-after-first-sign-in");
    }
}
