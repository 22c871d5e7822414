package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.campaigns.CampaignDraft;
import org.chungtay.campaigns.CampaignKind;
import org.chungtay.campaigns.LunarCalendar;
import org.chungtay.campaigns.OccasionWindow;
import org.chungtay.campaigns.ReceivingAccount;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.BrowserTest;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

class CampaignJourneyIT extends BrowserTest {

    private static final ReceivingAccount ACCOUNT = new ReceivingAccount("970436", "0621000456789",
            "QUY BAO TRO TRE EM");


    @Autowired
    CampaignCalendar calendar;

    @Test
    void aFundManagerPreparesNextYearsTetCampaignFromThisYearsAndItsDatesFallBeforeNextTet() {
        FundUnitRef unit = newUnit("Quỹ huyện Krông Pắc");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Nguyễn Thị Lan");
        OccasionWindow thisTet = calendar.occasionOf(CampaignKind.TET, CampaignCalendar.today()).orElseThrow();
        int year = thisTet.year();
        CampaignDetails current = as(manager, () -> campaigns.schedule(campaigns.create(new CampaignDraft(
                CampaignKind.TET, unit.id(), "Tết yêu thương " + year + " – " + unit.name(), null,
                "Quà Tết cho trẻ em có hoàn cảnh đặc biệt.", null, Money.vnd(800_000_000), thisTet.start(),
                thisTet.end(), ACCOUNT, null)).id()));

        browser.get(url("login"));
        new LoginPage(browser).signIn(manager, PASSWORD);
        new ShellPage(browser);
        browser.findElement(By.id("nav-staff-campaigns")).click();
        CampaignListPage list = new CampaignListPage(browser);
        assertThat(list.rowText(current.id())).contains("Tết yêu thương " + year, "Tết Nguyên đán");
        screenshot("campaign-list-vi");
        CampaignDetailsPage thisYear = list.open(current.id());
        assertThat(thisYear.name()).isEqualTo("Tết yêu thương " + year + " – " + unit.name());
        assertThat(thisYear.status()).isEqualTo("Đã lên lịch");
        screenshot("campaign-details-vi");

        CampaignDetailsPage nextYear = thisYear.prepareNextYear();

        LocalDate nextTet = LunarCalendar.VIETNAM.tet(year + 1);
        assertThat(nextYear.name()).isEqualTo("Tết yêu thương " + (year + 1) + " – " + unit.name());
        assertThat(nextYear.status()).isEqualTo("Nháp");
        assertThat(nextYear.occasion()).isEqualTo("Tết Nguyên đán " + (year + 1));
        assertThat(nextYear.startDate()).isAfter(LunarCalendar.VIETNAM.tet(year)).isBefore(nextTet);
        assertThat(nextYear.endDate()).isEqualTo(nextTet.minusDays(1));
        assertThat(nextYear.offers("campaign-schedule")).isTrue();
        assertThat(nextYear.uploadCover(picture()).coverLoaded()).isTrue();
        screenshot("campaign-prepared-vi");

        long preparedId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/", ""));
        String preparedStart = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(nextYear.startDate());
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.navigate().refresh();
        new CampaignDetailsPage(browser).edit();
        screenshot("campaign-edit-375");
        browser.get(url("staff/campaigns"));
        CampaignListPage onAPhone = new CampaignListPage(browser);
        assertThat(onAPhone.rowText(preparedId)).contains(preparedStart, "800.000.000 ₫");
        screenshot("campaign-list-375");
    }

    @Test
    void anyoneOpensAnActiveCampaignsPageOnAPhoneAndSeesTheThermometerAndGoalInVietnamese() {
        FundUnitRef unit = newUnit("Quỹ huyện Ea Kar");
        LocalDate today = CampaignCalendar.today();
        String name = "Áo ấm cho em – " + unit.name();
        CampaignDetails campaign = SystemActor.call(() -> {
            CampaignDetails created = campaigns.create(new CampaignDraft(CampaignKind.OTHER, unit.id(), name,
                    "Warm clothes – " + unit.name(), "Áo ấm, chăn và giày cho học sinh vùng cao.",
                    "Warm clothes, blankets and shoes for highland pupils.", Money.vnd(1_000_000_000), today,
                    today.plusDays(29), ACCOUNT, null));
            campaigns.replaceCover(created.id(), pictureBytes());
            campaigns.schedule(created.id());
            return campaigns.activate(created.id());
        });
        browser.manage().window().setSize(new Dimension(375, 812));

        browser.get(url("campaigns/" + campaign.slug()));

        PublicCampaignPage page = new PublicCampaignPage(browser);
        assertThat(page.pageLanguage()).isEqualTo("vi");
        assertThat(page.name()).isEqualTo(name);
        assertThat(page.thermometerBar().getDomAttribute("aria-valuemax")).isEqualTo("1000000000");
        assertThat(page.thermometerBar().getDomAttribute("aria-valuenow")).isEqualTo("0");
        assertThat(page.goal()).isEqualTo("Mục tiêu 1.000.000.000 ₫");
        assertThat(page.received()).isEqualTo("Đã nhận 0 ₫ (0%)");
        assertThat(page.daysLeft()).isEqualTo("30");
        assertThat(page.supporters()).isEqualTo("0");
        assertThat(page.honourRoll()).contains("Bảng vàng chưa có tên nào");
        assertThat(page.hasStaffSignInLink()).isTrue();
        assertThat(page.coverLoaded()).isTrue();
        assertThat(page.fitsTheWindow()).isTrue();
        assertThat(browser.getTitle()).isEqualTo(name + " · Chung Tay");
        screenshot("public-campaign-375-vi");

        PublicCampaignPage english = page.switchLanguage();
        assertThat(english.pageLanguage()).isEqualTo("en");
        assertThat(english.name()).isEqualTo("Warm clothes – " + unit.name());
        assertThat(english.goal()).isEqualTo("Goal 1,000,000,000 VND");
        screenshot("public-campaign-375-en");

        browser.get(url("campaigns"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("public-campaign-" + campaign.slug())));
        screenshot("public-campaigns-375");
    }

    private static byte[] pictureBytes() {
        try {
            return Files.readAllBytes(picture());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small PNG cover picture in a temporary file: an orange band over a warm background. */
    private static Path picture() {
        try {
            BufferedImage image = new BufferedImage(382, 200, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = image.createGraphics();
            graphics.setColor(new Color(0xFFEDD5));
            graphics.fillRect(0, 0, 382, 200);
            graphics.setColor(new Color(0xC2410C));
            graphics.fillRect(0, 140, 382, 60);
            graphics.dispose();
            Path file = Files.createTempFile("cover", ".png");
            file.toFile().deleteOnExit();
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anAddressThatIsNoPublicCampaignShowsTheFriendlyNotFoundPage() {
        FundUnitRef unit = newUnit("Quỹ huyện Lắk");
        CampaignDetails draft = SystemActor.call(() -> campaigns.create(new CampaignDraft(CampaignKind.OTHER,
                unit.id(), "Bản nháp – " + unit.name(), null, null, null, null, null, null, null, null)));

        for (String slug : new String[] {draft.slug(), "khong-co-chien-dich-nay"}) {
            browser.get(url("campaigns/" + slug));
            String title = new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-title"))).getText();
            assertThat(title).isEqualTo("Không tìm thấy trang");
        }
    }
}
