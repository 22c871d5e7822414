package org.chungtay.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Failing mail: the notice and tile on the staff home, and the list where a message is sent again. */
class FailingMailPage {

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final Vaadin ui;

    FailingMailPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        this.ui = new Vaadin(browser);
    }

    /** The notice on the staff home. */
    String notice() {
        return ui.await("failing-mail-notice").getText();
    }

    String tile() {
        return ui.await("failing-mail-card").getText();
    }

    /** Follows the notice's link to the list. */
    FailingMailPage openFromNotice() {
        ui.await("failing-mail-notice").findElement(By.tagName("a")).click();
        ui.await("failing-mail");
        return this;
    }

    /** The text of the list's row of the recipient, once it shows. */
    String row(String recipient) {
        By cell = cellOf(recipient);
        wait.until(ExpectedConditions.presenceOfElementLocated(cell));
        return browser.findElement(By.id("failing-mail")).getText();
    }

    /** Sends the message again and waits for the notification that says so. */
    void sendAgain(long messageId, String notification) {
        ui.click("failing-mail-requeue-" + messageId);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(normalize-space(.), '" + notification + "')]")));
    }

    void awaitGone(String recipient) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(cellOf(recipient)));
    }

    private static By cellOf(String recipient) {
        return By.xpath("//*[@id='failing-mail']//vaadin-grid-cell-content[normalize-space(.)='" + recipient + "']");
    }
}
