package org.chungtay.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The delivery log: its filters and list, and one message opened as it was sent, with "send again". */
class DeliveryLogPage {

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final Vaadin ui;

    DeliveryLogPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        this.ui = new Vaadin(browser);
    }

    /** Waits for the list, as it shows after signing in or following a link. */
    DeliveryLogPage awaitList() {
        ui.await("mail-log");
        return this;
    }

    DeliveryLogPage kind(String label) {
        ui.select("mail-log-kind", label);
        return this;
    }

    DeliveryLogPage status(String label) {
        ui.select("mail-log-status", label);
        return this;
    }

    /** The recipients the list shows now, once it shows the one expected and not the one filtered out. */
    String listAfterFiltering(String shown, String hidden) {
        ui.awaitRow("mail-log", shown);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(cellOf(hidden)));
        return browser.findElement(By.id("mail-log")).getText();
    }

    String links() {
        return ui.text("mail-log-failing") + " | " + ui.text("mail-log-suppressions");
    }

    DeliveryLogPage open(String recipient) {
        ui.clickRow("mail-log", recipient);
        ui.await("sent-mail-view");
        return this;
    }

    String fact(String id) {
        return ui.text(id);
    }

    /** The HTML part as the sandboxed frame holds it (its srcdoc), and the sandbox it runs in. */
    String frameSource() {
        return ui.await("mail-message-html").getDomAttribute("srcdoc");
    }

    String frameSandbox() {
        return ui.await("mail-message-html").getDomAttribute("sandbox");
    }

    /** The text the frame shows, read inside it. */
    String frameText() {
        WebElement frame = ui.await("mail-message-html");
        browser.switchTo().frame(frame);
        try {
            return browser.findElement(By.tagName("body")).getText();
        } finally {
            browser.switchTo().defaultContent();
        }
    }

    /** Where the link of an attached file leads (the file downloads from there). */
    String attachmentLink(String fileName) {
        ui.await("mail-message-attachments");
        return browser.findElement(By.xpath("//*[@id='mail-message-attachments']//a[normalize-space(.)='" + fileName
                + "']")).getDomProperty("href");
    }

    /** Sends the message again; waits for the notification and for the copy, which opens. */
    void sendAgain(String notification, String originalUrl) {
        ui.click("sent-mail-resend");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(normalize-space(.), '" + notification + "')]")));
        wait.until(driver -> !driver.getCurrentUrl().equals(originalUrl));
        ui.await("sent-mail-view");
    }

    private static By cellOf(String recipient) {
        return By.xpath("//*[@id='mail-log']//vaadin-grid-cell-content[normalize-space(.)='" + recipient + "']");
    }
}
