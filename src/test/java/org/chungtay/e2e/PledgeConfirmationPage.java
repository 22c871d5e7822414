package org.chungtay.e2e;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The donor's page of their pledge: reference, total, transfer details and the VietQR code. */
class PledgeConfirmationPage {

    private final WebDriver browser;
    private final Vaadin ui;

    PledgeConfirmationPage(WebDriver browser) {
        this.browser = browser;
        this.ui = new Vaadin(browser);
        ui.await("pledge-confirmation-view");
    }

    String reference() {
        return ui.text("pledge-reference");
    }

    String total() {
        return ui.text("pledge-total");
    }

    /** Whether the QR image actually loaded (a broken image has no natural width). */
    boolean qrCodeShown() {
        WebElement image = ui.await("pledge-qr");
        Object width = ((JavascriptExecutor) browser).executeAsyncScript("""
                const image = arguments[0], done = arguments[arguments.length - 1];
                if (image.complete) { done(image.naturalWidth); } else {
                  image.addEventListener('load', () => done(image.naturalWidth));
                  image.addEventListener('error', () => done(0));
                }""", image);
        return ((Number) width).intValue() > 0;
    }
}
