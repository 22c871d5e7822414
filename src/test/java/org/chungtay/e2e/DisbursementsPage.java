package org.chungtay.e2e;

import java.nio.file.Path;

import org.openqa.selenium.WebDriver;

/** Money out: an accountant's disbursement in its dialog, the list, and a fund manager's approval queue. */
class DisbursementsPage {

    private final Vaadin ui;

    DisbursementsPage(WebDriver browser, String viewId) {
        this.ui = new Vaadin(browser);
        ui.await(viewId);
    }

    static DisbursementsPage list(WebDriver browser) {
        return new DisbursementsPage(browser, "disbursement-list-view");
    }

    static DisbursementsPage approvals(WebDriver browser) {
        return new DisbursementsPage(browser, "disbursement-approvals-view");
    }

    /** Pays a project's budget line from the first pool offered (the project's own gifts), with a document. */
    DisbursementsPage payProject(String lineLabel, String amount, String description, Path document) {
        ui.click("disbursement-new");
        ui.await("disbursement-form");
        ui.select("disbursement-purpose", "Dự án");
        ui.choose("disbursement-target", lineLabel);
        ui.await("disbursement-pool");
        ui.type("disbursement-amount", amount);
        ui.type("disbursement-description", description);
        if (document != null) {
            ui.upload("disbursement-upload", document);
            ui.awaitText("disbursement-documents", "1 chứng từ: " + document.getFileName());
        }
        ui.click("disbursement-save");
        ui.awaitGone("disbursement-dialog");
        return this;
    }

    String poolOffered() {
        return ui.await("disbursement-pool").getText();
    }

    void awaitRow(String gridId, String text) {
        ui.awaitRow(gridId, text);
    }

    /** Opens the waiting disbursement of this amount and approves it. */
    void approve(String amount) {
        ui.clickRow("disbursement-approvals-grid", amount);
        ui.await("disbursement-details-dialog");
        ui.click("disbursement-approve");
        ui.awaitGone("disbursement-details-dialog");
    }
}
