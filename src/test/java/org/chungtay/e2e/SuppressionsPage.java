package org.chungtay.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The suppression list of the staff app: addresses that get no appeals, recorded and lifted by hand. */
class SuppressionsPage {

    private final WebDriver browser;
    private final Vaadin ui;
    private final WebDriverWait wait;

    SuppressionsPage(WebDriver browser) {
        this.browser = browser;
        this.ui = new Vaadin(browser);
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        ui.await("suppressions");
    }

    /** Records an address with the reason as the form labels it, and waits for its row. */
    SuppressionsPage record(String address, String reason) {
        ui.click("suppressions-add");
        ui.type("suppression-address", address);
        ui.select("suppression-reason", reason);
        ui.click("suppression-save");
        ui.awaitGone("suppression-dialog");
        ui.awaitRow("suppressions", address);
        return this;
    }

    SuppressionsPage search(String text) {
        ui.type("suppressions-search", text);
        return this;
    }

    /** The text of the list once it shows the address. */
    String rowsShowing(String address) {
        ui.awaitRow("suppressions", address);
        return browser.findElement(By.id("suppressions")).getText();
    }

    /** Lifts the entry (its row's button is named by the entry's id) and waits until its address is gone. */
    SuppressionsPage lift(long id, String address) {
        ui.click("suppressions-lift-" + id);
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(
                    row(address)));
        } catch (TimeoutException stillThere) {
            // The search's late refresh may have replaced the row's button just as it was clicked (seen on a busy
            // machine): the click then reached a button the server no longer had. Click the new one.
            ui.click("suppressions-lift-" + id);
            awaitGone(address);
        }
        return this;
    }

    FailingMailPage back() {
        ui.click("suppressions-back");
        ui.await("failing-mail");
        return new FailingMailPage(browser);
    }

    void awaitGone(String address) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(row(address)));
    }

    private static By row(String address) {
        return By.xpath("//*[@id='suppressions']//vaadin-grid-cell-content[normalize-space(.)='" + address + "']");
    }
}
