package org.chungtay.e2e;

import org.openqa.selenium.WebDriver;

/** The administrator's list of staff accounts. */
class UsersPage {

    private final Vaadin ui;

    UsersPage(WebDriver browser) {
        this.ui = new Vaadin(browser);
        ui.await("users-view");
    }

    /** Opens an account and returns the temporary password the portal shows once. */
    String addUser(String username, String fullName, String email, String roleLabel, String fundUnit) {
        ui.click("add-user");
        ui.type("user-username", username);
        ui.type("user-full-name", fullName);
        ui.type("user-email", email);
        ui.select("user-role", roleLabel);
        ui.choose("user-fund-unit", fundUnit);
        ui.click("save-user");
        String password = ui.value("temporary-password");
        ui.click("close-temporary-password");
        return password;
    }

    /** Tries to save an account with a malformed email; returns the message shown next to the field. */
    String emailMessageFor(String email) {
        ui.click("add-user");
        ui.type("user-email", email);
        ui.click("save-user");
        String message = ui.errorMessage("user-email");
        ui.click("cancel-user");
        ui.awaitGone("user-dialog");
        return message;
    }

    void awaitUser(String fullName) {
        ui.awaitRow("users-grid", fullName);
    }
}
