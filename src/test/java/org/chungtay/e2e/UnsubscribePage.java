package org.chungtay.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Where the unsubscribe link of an appeal or a progress digest leads (a plain page, no Vaadin): what the link
 * would stop, one button, and after it what happened with a way to undo it.
 */
public class UnsubscribePage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    /** The page as it opened, at its address; also a link that is not valid. */
    public UnsubscribePage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unsubscribe-title")));
    }

    String title() {
        return browser.findElement(By.id("unsubscribe-title")).getText();
    }

    public String message() {
        return browser.findElement(By.id("unsubscribe-message")).getText();
    }

    String pageLanguage() {
        return browser.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    boolean offersUnsubscribe() {
        return !browser.findElements(By.id("unsubscribe-button")).isEmpty();
    }

    public boolean offersUndo() {
        return !browser.findElements(By.id("unsubscribe-undo")).isEmpty();
    }

    /** Clicks the one button; the page that answers says what happened. */
    public UnsubscribePage unsubscribe() {
        return submit("unsubscribe-button", "unsubscribe-undo");
    }

    /** Undoes the unsubscribe: the donor receives that news again. */
    UnsubscribePage undo() {
        return submit("unsubscribe-undo", "unsubscribe-button");
    }

    /** Switches the page to the other language. */
    UnsubscribePage switchLanguage() {
        String before = pageLanguage();
        browser.findElement(By.id("language-switch")).click();
        wait.until(driver -> !before.equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
        return new UnsubscribePage(browser);
    }

    /** Follows the link to the donor's preferences. */
    MailPreferencesPage openPreferences() {
        browser.findElement(By.id("unsubscribe-preferences")).click();
        return new MailPreferencesPage(browser);
    }

    /** Nothing is wider than the window: nothing to scroll sideways on a phone. */
    boolean fitsTheWindow() {
        return Boolean.FALSE.equals(((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;"));
    }

    private UnsubscribePage submit(String button, String expected) {
        WebElement clicked = browser.findElement(By.id(button));
        clicked.click();
        wait.until(ExpectedConditions.stalenessOf(clicked));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(expected)));
        return new UnsubscribePage(browser);
    }
}
