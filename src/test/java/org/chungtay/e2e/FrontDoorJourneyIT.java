package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.campaigns.CampaignKind;
import org.chungtay.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

class FrontDoorJourneyIT extends BrowserTest {

    @Test
    void aReaderFromANewspaperLinkOnAPhoneOpensTheHomeFollowsACampaignAndReachesThePledgeForm() {
        CampaignDetails campaign = activeCampaign(newUnit("Quỹ huyện Ea H'leo"), CampaignKind.MONTH_OF_ACTION);
        browser.manage().window().setSize(new Dimension(375, 812));

        browser.get(url(""));
        FrontDoorPage home = new FrontDoorPage(browser);
        assertThat(home.pageLanguage()).isEqualTo("vi");
        assertThat(home.title()).isEqualTo("Chung tay vì trẻ em Việt Nam");
        assertThat(home.howToGive()).contains("Chọn chiến dịch", "Gửi cam kết", "Chuyển khoản");
        assertThat(home.fitsTheWindow()).isTrue();
        assertThat(browser.manage().getCookies()).as("a public page keeps no session").isEmpty();
        screenshot("front-door-375-vi");

        PublicCampaignPage page = home.openCampaign(campaign.slug());
        assertThat(page.name()).isEqualTo(campaign.nameVi());
        assertThat(page.daysLeft()).isEqualTo("30");
        assertThat(page.fitsTheWindow()).isTrue();
        assertThat(browser.manage().getCookies()).isEmpty();
        screenshot("front-door-campaign-375-vi");

        page.pledge();   // waits for the Vaadin pledge form
        assertThat(browser.getCurrentUrl()).endsWith("/campaigns/" + campaign.slug() + "/pledge");
        screenshot("front-door-pledge-375-vi");
    }
}
