package org.chungtay.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The accountant's payments: record one in its dialog, find it in the list, reverse it with a reason. */
class PaymentsPage {

    private final WebDriver browser;
    private final Vaadin ui;

    PaymentsPage(WebDriver browser) {
        this.browser = browser;
        this.ui = new Vaadin(browser);
        ui.await("payment-list-view");
    }

    /** Opens the dialog and types a bank transfer for the pledge whose reference is somewhere in the note. */
    PaymentsPage startTransfer(String transferNote, String amount, String bankReference) {
        ui.click("payment-record");
        ui.await("payment-form");
        ui.type("payment-pledge-reference", transferNote);
        ui.type("payment-amount", amount);
        ui.type("payment-bank-reference", bankReference);
        return this;
    }

    /** Opens the dialog and types goods given for a campaign, without a pledge. */
    PaymentsPage startGoods(String campaignName, String value, String goods) {
        ui.click("payment-record");
        ui.await("payment-form");
        ui.radio("payment-method", "Hiện vật");
        ui.type("payment-amount", value);
        ui.await("payment-goods").findElement(By.cssSelector("textarea")).sendKeys(goods);
        ui.choose("payment-campaign", campaignName);
        return this;
    }

    /**
     * Opens the dialog for a cash gift to the general fund of a unit, from a person registered on the spot
     * in the donor register's own dialog.
     */
    PaymentsPage startCashGiftFromSomebodyNew(String amount, String unitName, String personName, String email) {
        ui.click("payment-record");
        ui.await("payment-form");
        ui.radio("payment-method", "Tiền mặt");
        ui.type("payment-amount", amount);
        ui.choose("payment-general-fund", unitName);
        ui.click("payment-new-person");
        ui.await("donor-form");
        ui.type("donor-name", personName);
        ui.type("donor-email", email);
        ui.click("donor-save");
        ui.awaitGone("donor-dialog");
        return this;
    }

    String chosenDonor() {
        return ui.await("payment-donor").findElement(By.cssSelector("input")).getAttribute("value");
    }

    /** Opens the handover record of the one payment in goods in the list. */
    void openHandover() {
        ui.await("payment-grid");
        browser.findElement(By.cssSelector("vaadin-button[id^='payment-handover-']")).click();
        ui.await("goods-handover-view");
    }

    /** What the form found for the typed reference (the view looks it up as the field is left). */
    String pledgeFound() {
        ui.await("payment-amount").click();
        return ui.text("payment-pledge");
    }

    PaymentsPage save() {
        ui.click("payment-save");
        ui.awaitGone("payment-dialog");
        return this;
    }

    void awaitRow(String text) {
        ui.awaitRow("payment-grid", text);
    }

    /** The number of the one standing receipt in the list, and the address of its PDF. */
    WebElement theOnlyReceipt() {
        ui.await("payment-grid");
        return browser.findElement(By.cssSelector("a[id^='payment-receipt-']"));
    }

    /** Waits until the one standing receipt in the list has this number. */
    void awaitReceipt(String number) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver
                .findElements(By.cssSelector("a[id^='payment-receipt-']")).stream()
                .anyMatch(receipt -> receipt.getText().equals(number)));
    }

    boolean hasStandingReceipt() {
        return !browser.findElements(By.cssSelector("a[id^='payment-receipt-']")).isEmpty();
    }

    /** Voids the one standing receipt with a reason and issues a new one. */
    PaymentsPage reissueTheOnlyReceipt(String reason) {
        ui.await("payment-grid");
        browser.findElement(By.cssSelector("vaadin-button[id^='payment-reissue-']")).click();
        ui.await("receipt-reissue-dialog");
        ui.await("receipt-reissue-reason").findElement(By.cssSelector("textarea")).sendKeys(reason);
        ui.click("receipt-reissue-ok");
        ui.awaitGone("receipt-reissue-dialog");
        return this;
    }

    /** Reverses the one payment that still counts in the list, giving the reason. */
    PaymentsPage reverseTheOnlyPayment(String reason) {
        ui.await("payment-grid");
        browser.findElement(By.cssSelector("vaadin-button[id^='payment-reverse-']")).click();
        ui.await("payment-reverse-dialog");
        ui.await("payment-reverse-reason").findElement(By.cssSelector("textarea")).sendKeys(reason);
        ui.click("payment-reverse-ok");
        ui.awaitGone("payment-reverse-dialog");
        return this;
    }
}
