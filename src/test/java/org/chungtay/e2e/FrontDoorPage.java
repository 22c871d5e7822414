package org.chungtay.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The portal's public home, the page its address opens for anyone who is not signed in. */
class FrontDoorPage {

    private final WebDriver browser;

    FrontDoorPage(WebDriver browser) {
        this.browser = browser;
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("public-home-title")));
    }

    String title() {
        return browser.findElement(By.id("public-home-title")).getText();
    }

    String pageLanguage() {
        return browser.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    String howToGive() {
        return browser.findElement(By.id("public-how-to-give")).getText();
    }

    String staffSignInLabel() {
        return browser.findElement(By.id("public-staff-sign-in")).getText();
    }

    PublicCampaignPage openCampaign(String slug) {
        browser.findElement(By.id("public-campaign-" + slug)).click();
        return new PublicCampaignPage(browser);
    }

    LoginPage staffSignIn() {
        browser.findElement(By.id("public-staff-sign-in")).click();
        return new LoginPage(browser);
    }

    /** The widest element is no wider than the window: nothing to scroll sideways on a phone. */
    boolean fitsTheWindow() {
        return Boolean.FALSE.equals(((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;"));
    }
}
