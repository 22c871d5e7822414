package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.chungtay.shared.Role;
import org.chungtay.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class ScheduledJobsJourneyIT extends BrowserTest {

    private static final String PUBLICATIONS = "operations.event-publications";

    @Test
    void anAdministratorPausesAJobResumesItAndRunsItNow() {
        String admin = newStaff(Role.ADMIN, root(), "Trần Văn Quản Trị");
        browser.get(url("staff/jobs"));
        new LoginPage(browser).signIn(admin, PASSWORD);
        Vaadin ui = new Vaadin(browser);
        ui.await("scheduled-jobs-view");
        assertThat(cell(PUBLICATIONS, "scheduled-job").getText()).contains("Xử lý lại các phản hồi sự kiện bị lỗi",
                "Theo lịch");
        assertThat(cell(PUBLICATIONS, "scheduled-job-runs").getText()).contains("Lần tới:");

        cell(PUBLICATIONS, "scheduled-job-actions").findElement(By.className("scheduled-job-pause")).click();
        awaitText(PUBLICATIONS, "scheduled-job", "Tạm dừng");
        assertThat(cell(PUBLICATIONS, "scheduled-job-runs").getText()).contains("Lần tới: không có");
        screenshot("scheduled-jobs-paused-vi");

        cell(PUBLICATIONS, "scheduled-job-actions").findElement(By.className("scheduled-job-pause")).click();
        awaitText(PUBLICATIONS, "scheduled-job", "Theo lịch");

        cell(PUBLICATIONS, "scheduled-job-actions").findElement(By.className("scheduled-job-run-now")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#scheduled-job-run-now-confirm vaadin-button[slot='confirm-button']"))).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            ui.click("scheduled-jobs-refresh");
            return hasText(PUBLICATIONS, "scheduled-job-runs", ", xong");
        });

        browser.manage().window().setSize(new Dimension(375, 812));
        new ShellPage(browser).switchLanguage();
        ui.await("scheduled-jobs-view");
        awaitText(PUBLICATIONS, "scheduled-job", "Hand failed event reactions over again");
        screenshot("scheduled-jobs-phone-en");
    }

    /** The job's name and state, its runs, or its buttons, by the part's class name. */
    private WebElement cell(String job, String part) {
        return browser.findElement(By.cssSelector("." + part + "[data-job='" + job + "']"));
    }

    private void awaitText(String job, String part, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> hasText(job, part, text));
    }

    /** Whether the part shows the text; false while the grid is redrawing it. */
    private boolean hasText(String job, String part, String text) {
        try {
            return cell(job, part).getText().contains(text);
        } catch (RuntimeException redrawn) {
            return false;
        }
    }
}
