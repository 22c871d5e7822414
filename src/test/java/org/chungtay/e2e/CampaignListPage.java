package org.chungtay.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff list of campaigns. */
class CampaignListPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    CampaignListPage(WebDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("campaign-grid")));
    }

    String rowText(long campaignId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("campaign-row-" + campaignId))).getText();
    }

    CampaignDetailsPage open(long campaignId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("campaign-row-" + campaignId))).click();
        return new CampaignDetailsPage(browser);
    }
}
