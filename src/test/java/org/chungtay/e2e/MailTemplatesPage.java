package org.chungtay.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The mail template editor: kind and language, the three parts, the placeholders, the preview and the versions. */
class MailTemplatesPage {

    private final WebDriver browser;
    private final Vaadin ui;
    private final WebDriverWait wait;

    MailTemplatesPage(WebDriver browser) {
        this.browser = browser;
        this.ui = new Vaadin(browser);
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        ui.await("mail-templates-view");
        ui.await("mail-template-form");
    }

    String state() {
        return reveal("mail-template-state").getText();
    }

    /** Replaces the subject with what is typed. */
    MailTemplatesPage typeSubject(String subject) {
        ui.type("mail-template-subject", subject);
        return this;
    }

    /** Replaces a body part (mail-template-html or mail-template-text) with what is typed, line by line. */
    MailTemplatesPage typeBody(String fieldId, String text) {
        WebElement area = reveal(fieldId).findElement(By.cssSelector("textarea"));
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        area.sendKeys(text);
        return this;
    }

    /** Puts the cursor at the end of a part, then clicks a placeholder in the list, as a person inserts it. */
    MailTemplatesPage insertAtEnd(String fieldId, String placeholder) {
        WebElement area = reveal(fieldId).findElement(By.cssSelector("textarea"));
        area.click();
        area.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        click("mail-placeholder-" + placeholder);
        return this;
    }

    /** Waits until the desktop preview shows the text (the preview follows typing after a moment). */
    MailTemplatesPage awaitPreview(String text) {
        wait.until(driver -> String.valueOf(driver.findElement(By.id("mail-preview-desktop")).getDomAttribute("srcdoc"))
                .contains(text));
        return this;
    }

    String previewSubject() {
        return reveal("mail-preview-subject").getText();
    }

    /** Waits until the preview lists a problem with the text, and returns all it lists. */
    String awaitProblem(String text) {
        wait.until(driver -> reveal("mail-preview-problems").getText().contains(text));
        return reveal("mail-preview-problems").getText();
    }

    MailTemplatesPage showPhone() {
        click("mail-preview-tab-phone");
        reveal("mail-preview-phone");
        return this;
    }

    MailTemplatesPage showText() {
        click("mail-preview-tab-text");
        return this;
    }

    String previewText() {
        return reveal("mail-preview-text").getText();
    }

    /** Saves, and waits for the notification that says so. */
    MailTemplatesPage save(String notification) {
        click("mail-template-save");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(normalize-space(.), '" + notification + "')]")));
        return this;
    }

    /** Saves what the service will refuse. */
    MailTemplatesPage saveRefused() {
        click("mail-template-save");
        return this;
    }

    String errorMessage(String fieldId) {
        reveal(fieldId);
        return ui.errorMessage(fieldId);
    }

    /**
     * Scrolls a field to the middle of the view, as a person scrolls back up to it: the browser counts what the
     * app layout's scroller has moved out of view as hidden.
     */
    private void click(String id) {
        reveal(id);
        ui.click(id);
    }

    private WebElement reveal(String id) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return ui.await(id);
    }

    /** Restores a version (0: the shipped template) and waits until the editor says which version is in use. */
    MailTemplatesPage restore(int version, String stateAfter) {
        click("mail-template-restore-" + version);
        ui.click("mail-template-restore-confirm");
        wait.until(driver -> reveal("mail-template-state").getText().contains(stateAfter));
        return this;
    }

    /** Waits until the list of versions shows the text in some row. */
    void awaitVersion(String text) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='mail-template-versions']//vaadin-grid-cell-content[contains(normalize-space(.), '" + text + "')]")));
    }
}
