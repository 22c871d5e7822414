package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Role;
import org.chungtay.support.BrowserTest;
import org.junit.jupiter.api.Test;

class CampaignDraftJourneyIT extends BrowserTest {

    @Test
    void aFundManagerOpensADraftAndAMissingNameIsToldNextToItsField() {
        FundUnitRef unit = newUnit("Quỹ huyện Cư M’gar");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Lãnh đạo quỹ huyện");
        String name = "Xe đạp đến trường " + UUID.randomUUID().toString().substring(0, 4);

        browser.get(url("staff/campaigns"));
        new LoginPage(browser).signIn(manager, PASSWORD);
        Vaadin ui = new Vaadin(browser);
        ui.click("campaign-new");
        ui.select("campaign-kind", "Chiến dịch khác");
        ui.click("campaign-save");
        assertThat(ui.errorMessage("campaign-name-vi")).isEqualTo("Vui lòng điền mục này.");

        ui.type("campaign-name-vi", name);
        ui.click("campaign-save");

        assertThat(ui.await("campaign-details-view").getText()).contains(name);
        ui.awaitGone("campaign-dialog");
    }
}
