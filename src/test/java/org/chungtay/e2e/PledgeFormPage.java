package org.chungtay.e2e;

import org.openqa.selenium.WebDriver;

/** The online pledge form, as a business fills it in. */
class PledgeFormPage {

    private final Vaadin ui;

    PledgeFormPage(WebDriver browser) {
        this(browser, "pledge-view");
    }

    /** The same form inside another view, such as the staff's pledge entry. */
    PledgeFormPage(WebDriver browser, String viewId) {
        this.ui = new Vaadin(browser);
        ui.await(viewId);
    }

    PledgeFormPage sponsor(String kindLabel, int children, int months, String perChildPerMonth) {
        ui.radio("pledge-kind", kindLabel);
        ui.type("pledge-children", String.valueOf(children));
        ui.type("pledge-months", String.valueOf(months));
        ui.type("pledge-per-child", perChildPerMonth);
        return this;
    }

    String total() {
        return ui.text("pledge-total");
    }

    void awaitTotal(String text) {
        ui.awaitText("pledge-total", text);
    }

    PledgeFormPage organisation(String name, String taxCode, String contact, String email) {
        ui.type("pledge-donor-name", name);
        ui.type("pledge-tax-code", taxCode);
        ui.type("pledge-contact-name", contact);
        ui.type("pledge-email", email);
        return this;
    }

    /** Ticks both opt-ins: progress updates and appeals. */
    PledgeFormPage optInToNews() {
        ui.tick("pledge-progress-updates");
        ui.tick("pledge-appeals");
        return this;
    }

    void submit() {
        ui.click("pledge-submit");
    }
}
