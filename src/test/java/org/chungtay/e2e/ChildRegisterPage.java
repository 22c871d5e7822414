package org.chungtay.e2e;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/** The caseworkers' register: a child registered through the form, its consents, and its match to a pledge. */
class ChildRegisterPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final Vaadin ui;

    ChildRegisterPage(WebDriver browser) {
        this.ui = new Vaadin(browser);
        ui.await("child-list-view");
    }

    /** Registers a child of the caseworker's only commune; the page then shows the child's record. */
    ChildRegisterPage register(String fullName, String givenName, LocalDate born, String gender, String category,
            String guardian, String relation, String phone) {
        ui.click("child-register");
        ui.type("child-full-name", fullName);
        ui.type("child-given-name", givenName);
        date("child-birth-date", born);
        ui.select("child-gender", gender);
        ui.choose("child-category", category);
        ui.type("child-guardian-name", guardian);
        ui.type("child-guardian-relation", relation);
        ui.type("child-guardian-phone", phone);
        ui.click("child-save");
        ui.await("child-details-view");
        return this;
    }

    String code() {
        return ui.text("child-details-code");
    }

    /** Records a consent sharing everything, of the guardian or of the child ("Người giám hộ", "Trẻ em"). */
    ChildRegisterPage consent(String party) {
        ui.click("consent-record");
        ui.await("consent-dialog");
        ui.select("consent-party", party);
        ui.tick("consent-given-name");
        ui.tick("consent-photo");
        ui.tick("consent-notes");
        ui.click("consent-save");
        ui.awaitGone("consent-dialog");
        return this;
    }

    String sharing() {
        return ui.text("child-sharing");
    }

    /** Matches the child to the pledge of this reference on the pledge's own terms. */
    ChildRegisterPage match(String pledgeReference) {
        ui.click("child-match");
        ui.await("match-dialog");
        ui.choose("match-pledge", pledgeReference);
        ui.click("match-save");
        ui.awaitGone("match-dialog");
        ui.awaitRow("child-sponsorships", pledgeReference);
        return this;
    }

    private void date(String id, LocalDate day) {
        ui.type(id, DAY.format(day));
        ui.await(id).findElement(org.openqa.selenium.By.cssSelector("input")).sendKeys(Keys.ENTER);
    }
}
