package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Role;
import org.chungtay.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class SignInJourneyIT extends BrowserTest {

    @Test
    void aFundManagerComesInByTheFrontDoorSwitchesToEnglishAndSignsOut() {
        FundUnitRef unit = newUnit("Quỹ huyện Krông Pắc");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Nguyễn Thị Lan");

        browser.get(url(""));
        LoginPage login = new FrontDoorPage(browser).staffSignIn();
        assertThat(login.pageLanguage()).isEqualTo("vi");
        assertThat(login.submitLabel()).isEqualTo("Đăng nhập");
        screenshot("login-vi");

        login.signIn(manager, PASSWORD);
        ShellPage shell = new ShellPage(browser);
        assertThat(browser.getCurrentUrl()).endsWith("/staff");
        assertThat(shell.fundUnit()).isEqualTo(unit.name());
        assertThat(shell.menuItemIds()).containsExactly("nav-home", "nav-staff-campaigns", "nav-staff-pledges",
                "nav-staff-payments", "nav-staff-projects", "nav-staff-disbursements",
                "nav-staff-disbursements-approvals", "nav-staff-donors", "nav-staff-sponsorships",
                "nav-staff-fund-settings", "nav-staff-mail-templates", "nav-staff-mail-log");
        assertThat(shell.menuItemText("nav-home")).isEqualTo("Trang chủ");
        screenshot("home-vi");

        shell = shell.switchLanguage();
        assertThat(shell.pageLanguage()).isEqualTo("en");
        assertThat(shell.menuItemText("nav-home")).isEqualTo("Home");
        assertThat(browser.findElement(By.id("home-view")).getText()).contains("Hello, Nguyễn Thị Lan");
        screenshot("home-en");

        browser.get(url(""));
        assertThat(new ShellPage(browser).menuItemText("nav-home")).as("signed-in staff land on their own home")
                .isEqualTo("Home");

        shell.signOut();
        FrontDoorPage after = new FrontDoorPage(browser);
        assertThat(after.pageLanguage()).as("the language chosen in the staff app").isEqualTo("en");
        assertThat(after.staffSignInLabel()).isEqualTo("Staff sign in");

        browser.manage().deleteAllCookies();
        browser.get(url("login"));
        LoginPage fresh = new LoginPage(browser);
        assertThat(fresh.submitLabel()).isEqualTo("Đăng nhập");
        fresh.signIn(manager, PASSWORD);
        assertThat(new ShellPage(browser).menuItemText("nav-home")).as("the choice is remembered per user")
                .isEqualTo("Home");
    }

    @Test
    void anAdministratorSeesTheAdministrationMenu() {
        String admin = newStaff(Role.ADMIN, newUnit("Quỹ huyện Lắk"), "Admin");

        browser.get(url("login"));
        new LoginPage(browser).signIn(admin, PASSWORD);

        assertThat(new ShellPage(browser).menuItemIds())
                .containsExactly("nav-home", "nav-staff-campaigns", "nav-staff-pledges", "nav-staff-payments",
                        "nav-staff-projects", "nav-staff-payments-import", "nav-staff-disbursements",
                        "nav-staff-disbursements-approvals", "nav-staff-donors", "nav-staff-children",
                        "nav-staff-sponsorships", "nav-staff-fund-settings", "nav-staff-mail-templates",
                        "nav-staff-mail-log", "nav-admin-fund-units", "nav-admin-users", "nav-staff-jobs");
    }

    @Test
    void aFundStaffMemberWhoTypesTheUserAdminAddressIsNotAllowed() {
        String clerk = newStaff(Role.FUND_STAFF, newUnit("Quỹ xã Ea Tu"), "Clerk");
        browser.get(url("login"));
        new LoginPage(browser).signIn(clerk, PASSWORD);
        new ShellPage(browser);

        browser.get(url("admin/users"));

        String title = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-title"))).getText();
        assertThat(title).isEqualTo("Bạn không có quyền xem trang này");
        assertThat(browser.findElements(By.id("users-view"))).isEmpty();
        screenshot("not-allowed-vi");
    }

    @Test
    void aWrongPasswordAnUnknownUsernameAndAnAccountThatMustWaitGetTheSameAnswer() {
        String clerk = newStaff(Role.FUND_STAFF, newUnit("Quỹ xã Hòa Phú"), "Clerk");
        browser.get(url("login"));

        LoginPage login = new LoginPage(browser);
        login.signIn(clerk, "not-the-password");
        login = new LoginPage(browser);
        String wrongPassword = login.error();
        assertThat(wrongPassword).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        screenshot("login-wrong-password");

        login.signIn("no-such-" + clerk, "not-the-password");
        login = new LoginPage(browser);
        assertThat(login.error()).isEqualTo(wrongPassword);

        for (int attempt = 2; attempt <= 5; attempt++) {
            login.signIn(clerk, "not-the-password");
            login = new LoginPage(browser);
        }
        login.signIn(clerk, PASSWORD);
        login = new LoginPage(browser);
        assertThat(login.error()).as("the account must wait, and the page does not say so").isEqualTo(wrongPassword);
        assertThat(browser.findElements(By.id("main-nav"))).isEmpty();
    }

    @Test
    void anOldLinkShowsAFriendlyPage() {
        String clerk = newStaff(Role.FUND_STAFF, newUnit("Quỹ xã Hòa Xuân"), "Clerk");
        browser.get(url("login"));
        new LoginPage(browser).signIn(clerk, PASSWORD);
        new ShellPage(browser);

        browser.get(url("campaigns/2019/no-such-thing"));

        String title = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-title"))).getText();
        assertThat(title).isEqualTo("Không tìm thấy trang");
        screenshot("not-found-vi");
    }

    @Test
    void theShellFitsAPhoneScreen() {
        String admin = newStaff(Role.ADMIN, newUnit("Quỹ xã Cư Êbur"), "Nguyễn Văn Bình");
        browser.manage().window().setSize(new Dimension(375, 740));

        browser.get(url("login"));
        LoginPage login = new LoginPage(browser);
        assertThat(horizontalOverflow()).isZero();
        screenshot("phone-login");

        login.signIn(admin, PASSWORD);
        new ShellPage(browser);
        assertThat(horizontalOverflow()).isZero();
        screenshot("phone-home");
        browser.findElement(By.cssSelector("vaadin-drawer-toggle")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-admin-users")));
        screenshot("phone-menu");
    }

    private long horizontalOverflow() {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
    }
}
