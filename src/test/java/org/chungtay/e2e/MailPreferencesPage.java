package org.chungtay.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A donor's preferences page (the preferences link of an email, no sign-in): which news they get by email, and
 * the language of every email.
 */
class MailPreferencesPage {

    private final WebDriver browser;
    private final Vaadin ui;

    MailPreferencesPage(WebDriver browser) {
        this.browser = browser;
        this.ui = new Vaadin(browser);
        ui.await("mail-preferences-title");
    }

    String title() {
        return ui.text("mail-preferences-title");
    }

    String greeting() {
        return ui.text("mail-preferences-greeting");
    }

    /** Whether the page says the link is not valid (and shows no form). */
    boolean isInvalid() {
        return !browser.findElements(By.id("mail-preferences-invalid")).isEmpty();
    }

    boolean receivesProgressUpdates() {
        return checked("mail-preferences-progress-updates");
    }

    boolean receivesAppeals() {
        return checked("mail-preferences-appeals");
    }

    MailPreferencesPage toggleProgressUpdates() {
        ui.tick("mail-preferences-progress-updates");
        return this;
    }

    MailPreferencesPage toggleAppeals() {
        ui.tick("mail-preferences-appeals");
        return this;
    }

    /** Picks the language of the emails by its label as the page shows it ("English", "Tiếng Việt"). */
    MailPreferencesPage language(String label) {
        ui.radio("mail-preferences-language", label);
        return this;
    }

    /** Saves and waits for the notification that says so. */
    MailPreferencesPage save(String notification) {
        ui.click("mail-preferences-save");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(normalize-space(.), '" + notification + "')]")));
        return this;
    }

    /** Switches the page to the other language (the page is drawn again). */
    MailPreferencesPage switchLanguage() {
        String before = title();
        ui.click("language-switch");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            try {
                return !before.equals(driver.findElement(By.id("mail-preferences-title")).getText());
            } catch (org.openqa.selenium.WebDriverException reloading) {
                return false;
            }
        });
        return new MailPreferencesPage(browser);
    }

    boolean fitsTheWindow() {
        return Boolean.FALSE.equals(((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;"));
    }

    private boolean checked(String checkboxId) {
        return ui.await(checkboxId).getDomAttribute("checked") != null;
    }
}
