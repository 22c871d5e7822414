package org.chungtay.e2e;

import org.openqa.selenium.WebDriver;

/** Where a temporary password is replaced. */
class ChangePasswordPage {

    private final Vaadin ui;

    ChangePasswordPage(WebDriver browser) {
        this.ui = new Vaadin(browser);
        ui.await("change-password-view");
    }

    void change(String current, String chosen) {
        ui.type("current-password", current);
        ui.type("new-password", chosen);
        ui.type("repeat-password", chosen);
        ui.click("save-password");
    }
}
