package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chungtay.donors.DonorTestData.newTaxCode;
import static org.chungtay.donors.DonorTestData.organisation;

import java.util.List;
import java.util.Set;

import org.chungtay.donors.DonorService;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

class DonorSearchJourneyIT extends BrowserTest {

    @Autowired
    DonorService donors;

    @Test
    void searchingDakLakInDonorsFindsAnOrganisationWhoseAddressIsInDakLak() {
        FundUnitRef city = newUnit("Thành phố Buôn Ma Thuột");
        String clerk = newStaff(Role.FUND_STAFF, city, "Trần Văn Minh");
        String coffee = unique("Công ty TNHH Cà phê Hạt Ngọc");
        String elsewhere = unique("Công ty Sông Hàn");
        SystemActor.run(() -> {
            donors.create(city.id(), organisation(coffee, newTaxCode(),
                    "112 Nguyễn Tất Thành, phường Tân Lợi, Buôn Ma Thuột, Đắk Lắk"), Set.of());
            donors.create(city.id(), organisation(elsewhere, newTaxCode(), "Hải Châu, Đà Nẵng"), Set.of());
        });

        browser.get(url("login"));
        new LoginPage(browser).signIn(clerk, PASSWORD);
        ShellPage shell = new ShellPage(browser);
        assertThat(shell.menuItemIds()).contains("nav-staff-donors");
        browser.findElement(By.id("nav-staff-donors")).click();
        DonorListPage page = new DonorListPage(browser);
        assertThat(page.namesWhen(names -> names.size() == 2)).containsExactlyInAnyOrder(coffee, elsewhere);

        List<String> found = page.search("dak lak").namesWhen(names -> names.size() == 1);

        assertThat(found).containsExactly(coffee);
        screenshot("donor-search-dak-lak");
        browser.manage().window().setSize(new Dimension(375, 812));
        assertThat(page.namesWhen(names -> !names.isEmpty())).containsExactly(coffee);
        screenshot("donor-search-dak-lak-375px");

        page.open(coffee);
        assertThat(browser.findElement(By.cssSelector("#donor-details-view .view-title")).getText()).isEqualTo(coffee);
        screenshot("donor-details-375px");
    }
}
