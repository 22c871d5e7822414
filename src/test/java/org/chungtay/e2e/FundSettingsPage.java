package org.chungtay.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fund manager's receipt and bank settings: the units with their state, and the form of the one chosen. */
class FundSettingsPage {

    private final WebDriver browser;
    private final Vaadin ui;

    FundSettingsPage(WebDriver browser) {
        this.browser = browser;
        this.ui = new Vaadin(browser);
        ui.await("fund-settings-view");
        ui.await("fund-settings-form");
    }

    /** The heading over the form, naming the unit whose settings it shows. */
    String unitHeading() {
        return ui.text("fund-settings-unit-name");
    }

    /** Chooses a unit in the list above the form, scrolled back up to it first. */
    FundSettingsPage chooseUnit(String unitName) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.findElement(By.id("fund-settings-units")));
        ui.clickRow("fund-settings-units", unitName);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("fund-settings-unit-name"), unitName));
        return this;
    }

    /** Types the code and waits for the sample receipt number to show it. */
    FundSettingsPage typeCode(String code, String expectedSample) {
        ui.type("fund-settings-code", code);
        ui.awaitText("fund-settings-sample-number", expectedSample);
        return this;
    }

    FundSettingsPage fill(String address, String signatoryName, String signatoryTitle, String feeTolerance) {
        ui.type("fund-settings-address", address);
        ui.type("fund-settings-signatory-name", signatoryName);
        ui.type("fund-settings-signatory-title", signatoryTitle);
        ui.type("fund-settings-fee-tolerance", feeTolerance);
        return this;
    }

    FundSettingsPage type(String fieldId, String text) {
        ui.type(fieldId, text);
        return this;
    }

    FundSettingsPage choosePaper(String label) {
        ui.radio("fund-settings-paper", label);
        return this;
    }

    FundSettingsPage toggleReceiptsOnRecording() {
        ui.tick("fund-settings-on-recording");
        return this;
    }

    boolean receiptsOnRecording() {
        return ui.await("fund-settings-on-recording").getDomAttribute("checked") != null;
    }

    String checkedPaper() {
        return ui.await("fund-settings-paper").findElement(By.cssSelector("vaadin-radio-button[checked] label")).getText();
    }

    /** Saves, and waits for the notification that says so. */
    FundSettingsPage save(String notification) {
        ui.click("fund-settings-save");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(normalize-space(.), '" + notification + "')]")));
        return this;
    }

    /** Saves what the form will refuse. */
    FundSettingsPage saveRefused() {
        ui.click("fund-settings-save");
        return this;
    }

    String value(String fieldId) {
        return ui.value(fieldId);
    }

    /** The field's message, scrolled into view first: the form is longer than a window, and Save is at its end. */
    String errorMessage(String fieldId) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.findElement(By.id(fieldId)));
        return ui.errorMessage(fieldId);
    }

    /** Waits until the list of units shows the text in some row, e.g. the code a unit was given. */
    void awaitInList(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='fund-settings-units']//vaadin-grid-cell-content[contains(normalize-space(.), '" + text + "')]")));
    }
}
