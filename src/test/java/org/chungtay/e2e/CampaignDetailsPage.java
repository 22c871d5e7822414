package org.chungtay.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A campaign as staff see it: its facts, figures and lifecycle buttons. */
class CampaignDetailsPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final WebDriver browser;
    private final WebDriverWait wait;

    CampaignDetailsPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("campaign-details-view")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("campaign-status")));
    }

    String name() {
        return browser.findElement(By.cssSelector("#campaign-details-view .view-title")).getText();
    }

    String status() {
        return browser.findElement(By.id("campaign-status")).getText();
    }

    LocalDate startDate() {
        return LocalDate.parse(browser.findElement(By.id("campaign-start-date")).getText(), DAY);
    }

    LocalDate endDate() {
        return LocalDate.parse(browser.findElement(By.id("campaign-end-date")).getText(), DAY);
    }

    String occasion() {
        return browser.findElement(By.id("campaign-occasion")).getText();
    }

    boolean offers(String buttonId) {
        return !browser.findElements(By.id(buttonId)).stream().filter(button -> button.isDisplayed()).toList().isEmpty();
    }

    /** Uploads a cover picture and waits until the page shows it. */
    CampaignDetailsPage uploadCover(Path picture) {
        new Vaadin(browser).upload("campaign-cover-upload", picture);
        wait.until(driver -> coverLoaded());
        return this;
    }

    boolean coverLoaded() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("""
                const cover = document.getElementById('campaign-cover');
                return cover != null && cover.complete && cover.naturalWidth > 0;"""));
    }

    /** Opens the edit form, for a look at it. */
    void edit() {
        browser.findElement(By.id("campaign-edit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("campaign-form")));
    }

    /** Prepares next year's campaign and follows the portal to the new draft. */
    CampaignDetailsPage prepareNextYear() {
        String before = browser.getCurrentUrl();
        browser.findElement(By.id("campaign-prepare-next-year")).click();
        // The new address and the new campaign arrive in the same response from the server.
        wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
        return new CampaignDetailsPage(browser);
    }

    /** What the announcement section says of its audience: "It will go to N donors of …". */
    String announcementAudience() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("announcement-audience"))).getText();
    }

    /** The subject of the announcement's preview in a language ({@code vi} or {@code en}), showing its tab. */
    String announcementSubject(String language) {
        inView(browser.findElement(By.id("announcement-tab-" + language))).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("announcement-subject-" + language)))
                .getText();
    }

    /** The HTML of the announcement's preview frame in a language. */
    String announcementHtml(String language) {
        return browser.findElement(By.id("announcement-html-" + language)).getDomProperty("srcdoc");
    }

    /** Asks for the announcement when the campaign opens, and waits until the portal stored it. */
    CampaignDetailsPage announceOnOpen() {
        inView(browser.findElement(By.id("campaign-announce")));
        new Vaadin(browser).tick("campaign-announce");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-notification-card")));
        wait.until(driver -> driver.findElement(By.id("campaign-announce")).getDomAttribute("checked") != null);
        return this;
    }

    CampaignDetailsPage schedule(String scheduledStatus) {
        inView(browser.findElement(By.id("campaign-schedule"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("campaign-status"), scheduledStatus));
        return this;
    }

    /** Opens the campaign now, confirming the question. */
    CampaignDetailsPage activate(String activeStatus) {
        inView(browser.findElement(By.id("campaign-activate"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#campaign-confirm vaadin-button[slot='confirm-button']"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("campaign-status"), activeStatus));
        return this;
    }

    /** Scrolls the element to the middle of the window, where nothing covers it. */
    private WebElement inView(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }
}
