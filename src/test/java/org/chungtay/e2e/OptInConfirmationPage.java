package org.chungtay.e2e;

import org.openqa.selenium.WebDriver;

/** Where the opt-in link of a confirmation email leads: what the reader is asked to agree to. */
class OptInConfirmationPage {

    private final Vaadin ui;

    OptInConfirmationPage(WebDriver browser) {
        this.ui = new Vaadin(browser);
        ui.await("opt-in-view");
    }

    String message() {
        return ui.text("opt-in-message");
    }

    String categories() {
        return ui.text("opt-in-categories");
    }

    OptInConfirmationPage confirm() {
        String asked = message();
        ui.click("opt-in-confirm");
        ui.awaitGone("opt-in-confirm");
        if (message().equals(asked)) {
            throw new AssertionError("The page still asks: " + asked);
        }
        return this;
    }
}
