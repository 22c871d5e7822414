package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.campaigns.CampaignKind;
import org.chungtay.donors.DonorTestData;
import org.chungtay.donors.Sector;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.ledger.DisbursementEntry;
import org.chungtay.ledger.DisbursementService;
import org.chungtay.ledger.DisbursementTarget;
import org.chungtay.ledger.Pool;
import org.chungtay.ledger.Purpose;
import org.chungtay.payments.PaymentEntry;
import org.chungtay.payments.PaymentMethod;
import org.chungtay.payments.PaymentService;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.VietnamTime;
import org.chungtay.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A child sponsored by a business, from the register to the family: the caseworker registers the child with the
 * guardian's and the child's consent and matches the child to the business's direct-sponsorship pledge, the
 * commune's staff record the month's delivery with a photo of the signed receipt, the pledge's page shows the
 * child as a pseudonym to the district's staff; a month the business paid through the fund is passed on to the
 * child, and neither the campaign's public page nor its public ledger ever shows the child's name.
 */
class ChildSponsorshipJourneyIT extends BrowserTest {

    @Autowired
    PledgeService pledges;

    @Autowired
    PaymentService payments;

    @Autowired
    DisbursementService disbursements;

    @Test
    void aCaseworkerRegistersAndMatchesAChildAndCommuneStaffRecordTheDeliveryWhileThePublicSeesNoName()
            throws IOException {
        ensureThreeLevels();
        FundUnitRef district = newUnit("Huyện Buôn Đôn");
        FundUnitRef commune = newUnitUnder(district, "Xã Krông Na");
        CampaignDetails campaign = activeCampaign(district, CampaignKind.MONTH_OF_ACTION);
        String caseworker = newStaff(Role.CASEWORKER, commune, "H’Nhi Êban");
        String communeStaff = newStaff(Role.FUND_STAFF, commune, "Trần Văn Minh");
        String districtStaff = newStaff(Role.FUND_STAFF, district, "Phạm Văn Đức");
        long pledgeId = pledges.submitOnline(campaign.slug(), new PledgeSubmission(UUID.randomUUID().toString(), "",
                Commitment.sponsorship(3, 12, Money.vnd(500_000), null, null),
                InstalmentPlan.oneOff(CampaignCalendar.today()), true, Sector.ENTERPRISE, "Công ty TNHH Voi Bản Đôn",
                DonorTestData.newTaxCode().value(), "Trần Thị Mai",
                "mai-" + UUID.randomUUID().toString().substring(0, 6) + "@voibandon.example",
                null, null, Locale.of("vi"), false, false, true), "10.9.8.7").id();
        String reference = SystemActor.call(() -> {
            pledges.confirm(pledgeId);
            return pledges.get(pledgeId).pledge().reference();
        });
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        String fullName = "Y Thị Duyên Niê " + suffix;
        LocalDate born = VietnamTime.today().minusYears(9).minusMonths(2);

        browser.get(url("staff/children"));
        new LoginPage(browser).signIn(caseworker, PASSWORD);
        ChildRegisterPage register = new ChildRegisterPage(browser).register(fullName, "Duyên", born, "Nữ",
                "Mồ côi", "H’Linh Niê", "Bà ngoại", "0912 345 678");
        String code = register.code();
        assertThat(code).matches("TE-[A-Z2-9]{6}");
        register.consent("Người giám hộ").consent("Trẻ em");
        assertThat(register.sharing()).contains("tên gọi", "ảnh", "ghi chép tiến bộ");
        register.match(reference);
        screenshot("child-details-vi");

        browser.manage().deleteAllCookies();
        browser.get(url("staff/sponsorships"));
        new LoginPage(browser).signIn(communeStaff, PASSWORD);
        String pseudonym = "Em D. (mã " + code + "), sinh năm " + born.getYear() + ", " + commune.name();
        SponsorshipPage sponsorship = SponsorshipPage.open(browser, pseudonym);
        assertThat(sponsorship.child()).isEqualTo(pseudonym);
        assertThat(sponsorship.pageText()).doesNotContain(fullName).doesNotContain("H’Linh");
        YearMonth month = YearMonth.from(VietnamTime.today());
        sponsorship.recordDelivery(month, receipt());
        assertThat(sponsorship.receiptName(month)).isEqualTo("bien-nhan.png");
        screenshot("sponsorship-delivery-vi");

        browser.manage().deleteAllCookies();
        browser.get(url("staff/pledges"));
        new LoginPage(browser).signIn(districtStaff, PASSWORD);
        PledgeDetailsPage.open(browser, reference);
        String matched = new Vaadin(browser).text("pledge-sponsorships");
        assertThat(matched).contains(pseudonym).doesNotContain(fullName).doesNotContain("Duyên");

        // The business also pays a month through the fund, and the accountant passes it on to the child.
        String accountant = newStaff(Role.ACCOUNTANT, district, "Lê Thị Thu");
        as(accountant, () -> payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER, Money.vnd(500_000),
                VietnamTime.today(), reference, null, null, null, null, null, null)));
        DisbursementTarget child = as(accountant, () -> disbursements.targets(Purpose.SPONSORED_CHILD, code, 1))
                .getFirst();
        Pool sponsorshipPool = awaitSponsorshipPool(accountant, child);
        as(accountant, () -> disbursements.request(new DisbursementEntry(Purpose.SPONSORED_CHILD, child.id(),
                sponsorshipPool.id(), Money.vnd(500_000), VietnamTime.today(), null, List.of())));

        browser.manage().deleteAllCookies();
        browser.get(url("campaigns/" + campaign.slug()));
        String publicPage = new Vaadin(browser).await("public-campaign-view").getText();
        assertThat(publicPage).doesNotContain(fullName).doesNotContain("Duyên").doesNotContain("Y Thị");
        assertThat(browser.getPageSource()).doesNotContain(fullName).doesNotContain("Duyên");

        browser.get(url("campaigns/" + campaign.slug() + "/ledger"));
        String ledger = browser.findElement(By.tagName("main")).getText();
        assertThat(ledger).contains("mã " + code).contains("500.000");
        assertThat(browser.getPageSource()).doesNotContain(fullName).doesNotContain("Duyên").doesNotContain("H’Linh");
    }

    private Pool awaitSponsorshipPool(String accountant, DisbursementTarget child) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            Optional<Pool> pool = as(accountant, () -> disbursements.pools(Purpose.SPONSORED_CHILD, child.id()))
                    .stream().filter(p -> p.kind() == Pool.Kind.SPONSORSHIP && p.available().amount() >= 500_000)
                    .findFirst();
            if (pool.isPresent()) {
                return pool.get();
            }
            assertThat(System.currentTimeMillis()).as("the ledger books the payment").isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }

    private static Path receipt() throws IOException {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 300, 200);
        graphics.dispose();
        Path file = Files.createTempDirectory("receipt").resolve("bien-nhan.png");
        file.toFile().deleteOnExit();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
