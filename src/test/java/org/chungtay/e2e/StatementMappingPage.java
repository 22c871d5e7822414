package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.WebDriver;

/** The mapping of a statement whose layout the portal does not know: which of the file's columns holds what. */
class StatementMappingPage {

    private final Vaadin ui;

    StatementMappingPage(WebDriver browser) {
        this.ui = new Vaadin(browser);
        ui.await("statement-mapping-dialog");
    }

    /** Waits until the file's first rows, shown under its header, include a cell with the text. */
    StatementMappingPage showsRow(String cellText) {
        ui.awaitRow("statement-mapping-sample", cellText);
        return this;
    }

    /**
     * Chooses the file's column for a role: date, money-in, debit, note, counterparty-name,
     * counterparty-account, bank-reference or balance.
     */
    StatementMappingPage map(String role, String header) {
        String field = "statement-mapping-" + role;
        ui.choose(field, header);
        assertThat(ui.value(field)).isEqualTo(header);
        return this;
    }

    StatementMappingPage name(String name) {
        ui.type("statement-mapping-name", name);
        return this;
    }

    /** Saves the mapping as the fund's layout and reads the file with it. */
    void saveAsLayout() {
        ui.click("statement-mapping-save");
    }

    /** Asks to save, expecting to be told what is missing; the dialog stays open. */
    StatementMappingPage saveRefused() {
        ui.click("statement-mapping-save");
        return this;
    }

    /** The message next to a role's field, once the form has found it invalid. */
    String problem(String role) {
        return ui.errorMessage("statement-mapping-" + role);
    }

    void cancel() {
        ui.click("statement-mapping-cancel");
        ui.awaitGone("statement-mapping-dialog");
    }
}
