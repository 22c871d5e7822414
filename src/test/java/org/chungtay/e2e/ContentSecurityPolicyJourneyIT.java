package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;

import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Role;
import org.chungtay.support.BrowserTest;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyJourneyIT extends BrowserTest {

    @Test
    void aVisitorAndAManagerGoThroughPublicPagesAndTheStaffAppWithoutAConsoleError() {
        FundUnitRef unit = newUnit("Quỹ huyện Cư M'gar");
        CampaignDetails campaign = activeCampaign(unit);
        String manager = newStaff(Role.FUND_MANAGER, unit, "Y Khoa Niê");
        Vaadin ui = new Vaadin(browser);

        browser.get(url("campaigns"));
        ui.await("public-campaign-" + campaign.slug());
        browser.get(url("campaigns/" + campaign.slug()));
        new PublicCampaignPage(browser);
        ui.click("public-pledge");
        new PledgeFormPage(browser);
        assertThat(consoleMessages(Level.SEVERE)).as("public pages").isEmpty();

        browser.manage().deleteAllCookies();
        browser.get(url("staff/campaigns"));
        new LoginPage(browser).signIn(manager, PASSWORD);
        new CampaignListPage(browser);
        assertThat(consoleMessages(Level.SEVERE)).as("sign-in and the campaign list").isEmpty();
    }
}
