package org.chungtay.e2e;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The frame around every staff view: menu, fund unit, language switch, user menu. */
class ShellPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    ShellPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
    }

    String fundUnit() {
        return browser.findElement(By.id("current-fund-unit")).getText();
    }

    List<String> menuItemIds() {
        return browser.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(item -> item.getDomAttribute("id")).toList();
    }

    String menuItemText(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    String pageLanguage() {
        return browser.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    ShellPage switchLanguage() {
        WebElement button = browser.findElement(By.id("language-switch"));
        button.click();
        wait.until(ExpectedConditions.stalenessOf(button));
        return new ShellPage(browser);
    }

    void signOut() {
        browser.findElement(By.id("user-menu-button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
    }
}
