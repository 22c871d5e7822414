package org.chungtay.e2e;

import org.openqa.selenium.WebDriver;

/** The administrator's fund tree. */
class FundUnitsPage {

    private final Vaadin ui;

    FundUnitsPage(WebDriver browser) {
        this.ui = new Vaadin(browser);
        ui.await("fund-units-view");
    }

    void addUnitBelow(String parent, String name) {
        ui.clickRow("fund-unit-tree", parent);
        ui.click("add-fund-unit");
        ui.type("fund-unit-name", name);
        ui.click("save-fund-unit");
        ui.awaitGone("fund-unit-dialog");
    }

    void awaitUnit(String name) {
        ui.awaitRow("fund-unit-tree", name);
    }
}
