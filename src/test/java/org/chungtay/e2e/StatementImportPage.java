package org.chungtay.e2e;

import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The accountant's statement import: upload, look at the preview, import; and the queue of unmatched lines. */
class StatementImportPage {

    private final WebDriver browser;
    private final Vaadin ui;

    StatementImportPage(WebDriver browser) {
        this.browser = browser;
        this.ui = new Vaadin(browser);
        ui.await("statement-import-view");
    }

    /** Uploads the file and waits for the preview that the background reading and matching produce. */
    StatementImportPage upload(Path statement) {
        ui.upload("statement-upload", statement);
        ui.await("statement-summary");
        return this;
    }

    String summary() {
        return ui.text("statement-summary");
    }

    /** What the preview proposes for the line with this number: confidence, pledge and reason. */
    String proposal(int lineNumber) {
        return ui.text("statement-proposal-" + lineNumber);
    }

    void importIt() {
        ui.click("statement-import");
    }

    String result() {
        return ui.await("statement-progress-text").getText();
    }

    /** In the queue, matches the one line waiting to the pledge offered as a candidate. */
    static void matchTheOnlyQueuedLine(WebDriver browser, String candidateLabel) {
        Vaadin ui = new Vaadin(browser);
        ui.await("statement-queue");
        browser.findElements(By.cssSelector("vaadin-button[id^='statement-queue-match-']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        ui.await("queue-match-dialog");
        ui.radio("queue-match-pledges", candidateLabel);
        ui.click("queue-match-to-pledge");
        ui.awaitGone("queue-match-dialog");
    }

    static void awaitQueueEmpty(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver
                .findElements(By.cssSelector("vaadin-button[id^='statement-queue-match-']")).stream()
                .noneMatch(WebElement::isDisplayed));
    }
}
