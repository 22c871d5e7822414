package org.chungtay.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The sign-in page, as a person sees it. */
class LoginPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    LoginPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
    }

    String submitLabel() {
        return browser.findElement(By.cssSelector("#login-form vaadin-button[slot='submit']")).getText();
    }

    String pageLanguage() {
        return browser.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    void signIn(String username, String password) {
        WebElement name = browser.findElement(By.cssSelector("#vaadinLoginUsername input"));
        name.clear();
        name.sendKeys(username);
        WebElement secret = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
        secret.clear();
        secret.sendKeys(password);
        browser.findElement(By.cssSelector("#login-form vaadin-button[slot='submit']")).click();
    }

    /** The message the form shows after a failed sign-in. */
    String error() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#login-form[error]")));
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                const find = (root, selector) => {
                  const hit = root.querySelector(selector);
                  if (hit) return hit;
                  for (const element of root.querySelectorAll('*')) {
                    if (element.shadowRoot) {
                      const inner = find(element.shadowRoot, selector);
                      if (inner) return inner;
                    }
                  }
                  return null;
                };
                const title = find(document, '[part=error-message-title]');
                const text = find(document, '[part=error-message-description]');
                return (title ? title.textContent : '') + ' ' + (text ? text.textContent : '');""");
    }

    void switchLanguage() {
        browser.findElement(By.id("language-switch")).click();
    }
}
