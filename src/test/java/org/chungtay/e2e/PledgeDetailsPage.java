package org.chungtay.e2e;

import org.openqa.selenium.WebDriver;

/** The staff pipeline: find a pledge by its reference and act on it. */
class PledgeDetailsPage {

    private final Vaadin ui;

    PledgeDetailsPage(WebDriver browser) {
        this.ui = new Vaadin(browser);
        ui.await("pledge-details-view");
    }

    static PledgeDetailsPage open(WebDriver browser, String reference) {
        Vaadin ui = new Vaadin(browser);
        ui.await("pledge-list-view");
        ui.clickRow("pledge-grid", reference);
        return new PledgeDetailsPage(browser);
    }

    PledgeDetailsPage confirm() {
        ui.click("pledge-confirm");
        return this;
    }

    void awaitStatus(String status) {
        ui.awaitText("pledge-details-status", status);
    }
}
