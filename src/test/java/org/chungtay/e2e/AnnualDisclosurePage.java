package org.chungtay.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fund unit's public ledger and its annual disclosure, plain public pages (DD028): the ledger's totals, the
 * link to the disclosure, the disclosure's year chooser, its summary figures and its downloads.
 */
class AnnualDisclosurePage {

    private final WebDriver browser;

    AnnualDisclosurePage(WebDriver browser) {
        this.browser = browser;
    }

    /** The ledger page is open: its totals, by name ({@code opening}, {@code in}, {@code out}, {@code held}). */
    String ledgerTotal(String name) {
        waitFor(By.id("ledger-totals"));
        return browser.findElement(By.id("ledger-" + name)).getText();
    }

    AnnualDisclosurePage openDisclosureFromLedger() {
        browser.findElement(By.id("ledger-disclosure")).click();
        waitFor(By.id("disclosure-title"));
        return this;
    }

    String title() {
        return browser.findElement(By.id("disclosure-title")).getText();
    }

    AnnualDisclosurePage chooseYear(int year) {
        browser.findElement(By.id("disclosure-year-" + year)).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("disclosure-title"), String.valueOf(year)));
        return this;
    }

    /** A summary figure of the disclosure: {@code in}, {@code out}, {@code held}, {@code opening}, {@code goods}. */
    String summary(String name) {
        return browser.findElement(By.cssSelector("#disclosure-summary-" + name + " .ledger-amount")).getText();
    }

    String pdfLink() {
        return browser.findElement(By.id("disclosure-pdf")).getDomProperty("href");
    }

    String xlsxLink() {
        return browser.findElement(By.id("disclosure-xlsx")).getDomProperty("href");
    }

    /** Nothing wider than the window: nothing to scroll sideways on a phone. */
    boolean fitsTheWindow() {
        return Boolean.FALSE.equals(((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;"));
    }

    private void waitFor(By element) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(element));
    }
}
