package org.chungtay.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The public page of a campaign, as anyone sees it without signing in. */
class PublicCampaignPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    PublicCampaignPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-campaign-name")));
    }

    String pageLanguage() {
        return browser.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    String name() {
        return browser.findElement(By.id("public-campaign-name")).getText();
    }

    /** The bar of the thermometer, which assistive technology reads as a progress bar. */
    WebElement thermometerBar() {
        return browser.findElement(By.cssSelector("#campaign-thermometer [role=progressbar]"));
    }

    String goal() {
        return browser.findElement(By.id("campaign-thermometer-goal")).getText();
    }

    String received() {
        return browser.findElement(By.id("campaign-thermometer-received")).getText();
    }

    String daysLeft() {
        return browser.findElement(By.id("public-days-left")).getText();
    }

    String supporters() {
        return browser.findElement(By.id("public-supporters")).getText();
    }

    String honourRoll() {
        return browser.findElement(By.id("public-honour-roll")).getText();
    }

    boolean coverLoaded() {
        return Boolean.TRUE.equals(wait.until(driver -> ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const cover = document.querySelector('img.public-cover');
                return cover != null && cover.complete && cover.naturalWidth > 0;""")));
    }

    PledgeFormPage pledge() {
        browser.findElement(By.id("public-pledge")).click();
        return new PledgeFormPage(browser);
    }

    boolean hasStaffSignInLink() {
        return browser.findElement(By.id("public-staff-sign-in")).isDisplayed();
    }

    PublicCampaignPage switchLanguage() {
        WebElement button = browser.findElement(By.id("language-switch"));
        button.click();
        wait.until(ExpectedConditions.stalenessOf(button));
        return new PublicCampaignPage(browser);
    }

    /** The widest element is no wider than the window: nothing to scroll sideways on a phone. */
    boolean fitsTheWindow() {
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;");
        return Boolean.FALSE.equals(overflow);
    }
}
