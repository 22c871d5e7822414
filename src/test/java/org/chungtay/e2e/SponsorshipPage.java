package org.chungtay.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Direct sponsorships as commune staff see them: children as pseudonyms, and a month's delivery recorded. */
class SponsorshipPage {

    private final WebDriver browser;
    private final Vaadin ui;

    SponsorshipPage(WebDriver browser) {
        this.browser = browser;
        this.ui = new Vaadin(browser);
    }

    /** From the list of sponsorships, the one of the child shown by this pseudonym. */
    static SponsorshipPage open(WebDriver browser, String pseudonym) {
        Vaadin ui = new Vaadin(browser);
        ui.await("sponsorship-list-view");
        ui.clickRow("sponsorships", pseudonym);
        ui.await("sponsorship-details-view");
        return new SponsorshipPage(browser);
    }

    String child() {
        return ui.text("sponsorship-child");
    }

    String pageText() {
        return ui.text("sponsorship-details-view");
    }

    /** Records the month's delivery with its defaults (today, the monthly amount, cash) and a scan of the receipt. */
    SponsorshipPage recordDelivery(YearMonth month, Path receipt) {
        ui.click("delivery-record-" + month);
        ui.await("delivery-dialog");
        ui.upload("delivery-receipt", receipt);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !driver.findElements(
                By.cssSelector("#delivery-receipt vaadin-upload-file[complete]")).isEmpty());
        ui.click("delivery-save");
        ui.awaitGone("delivery-dialog");
        ui.await("delivery-receipt-" + month);
        return this;
    }

    String receiptName(YearMonth month) {
        return ui.text("delivery-receipt-" + month);
    }
}
