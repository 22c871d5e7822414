package org.chungtay.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
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

    /** Uploads a file whose layout is not recognised, and gets the mapping of its columns. */
    StatementMappingPage uploadUnknown(Path statement) {
        ui.upload("statement-upload", statement);
        return new StatementMappingPage(browser);
    }

    /** Waits for the preview of a file read after its columns were mapped. */
    StatementImportPage awaitPreview() {
        ui.await("statement-summary");
        return this;
    }

    /** The layouts offered, as the accountant sees them when opening the list. */
    List<String> layouts() {
        WebElement input = ui.await("statement-layout").findElement(By.cssSelector("input"));
        input.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver
                .findElements(By.cssSelector("vaadin-combo-box-item")).stream().anyMatch(WebElement::isDisplayed));
        List<String> layouts = browser.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).map(String::strip).toList();
        input.sendKeys(Keys.ESCAPE);
        return layouts;
    }

    /** Deletes one of the fund's own layouts, chosen by the start of its name, and confirms. */
    void deleteLayout(String name) {
        ui.choose("statement-layout", name);
        ui.click("statement-delete-preset");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#statement-delete-preset-confirm vaadin-button[slot='confirm-button']"))).click();
        ui.awaitGone("statement-delete-preset");
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

    /** Waits until the line under the upload says what happened to the file. */
    void awaitResult(String text) {
        ui.awaitText("statement-progress-text", text);
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
