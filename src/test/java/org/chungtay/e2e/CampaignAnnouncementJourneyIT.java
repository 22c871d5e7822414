package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.campaigns.CampaignDraft;
import org.chungtay.campaigns.CampaignKind;
import org.chungtay.campaigns.ReceivingAccount;
import org.chungtay.donors.ConsentCategory;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.DonorTestData;
import org.chungtay.donors.IndividualDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.support.BrowserTest;
import org.chungtay.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CampaignAnnouncementJourneyIT extends BrowserTest {

    @Autowired
    DonorService donors;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aManagerSeesTheAnnouncementAndItsAudienceAsksForItOpensTheCampaignAndTheOptedInDonorsGetIt()
            throws MessagingException {
        FundUnitRef unit = newUnit("Quỹ huyện Krông Pắc");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Lãnh đạo quỹ huyện");
        String mai = DonorTestData.newEmail("mai");
        String john = DonorTestData.newEmail("john");
        String silent = DonorTestData.newEmail("khong-nhan");
        donor(manager, unit, mai, "vi", Set.of(ConsentCategory.APPEALS));
        donor(manager, unit, john, "en", Set.of(ConsentCategory.APPEALS));
        donor(manager, unit, silent, "vi", Set.of(ConsentCategory.PROGRESS_UPDATES));
        CampaignDetails draft = draft(manager, unit);

        browser.get(url("staff/campaigns/" + draft.id()));
        new LoginPage(browser).signIn(manager, PASSWORD);
        CampaignDetailsPage page = new CampaignDetailsPage(browser);

        assertThat(page.announcementAudience()).startsWith("Thư sẽ gửi tới 2 nhà hảo tâm của " + unit.name());
        assertThat(page.announcementSubject("vi")).isEqualTo(draft.nameVi() + ": cùng chung tay vì trẻ em");
        assertThat(page.announcementHtml("vi")).contains("Kính gửi", "800.000.000 ₫");
        screenshot("campaign-announcement-preview-vi");
        assertThat(page.announcementSubject("en")).isEqualTo(draft.nameEn() + ": join hands for children");
        assertThat(page.announcementHtml("en")).contains("800,000,000 VND");

        page.announceOnOpen().schedule("Đã lên lịch").activate("Đang gây quỹ");

        MimeMessage toMai = TestMail.awaitMessageTo(mai);
        assertThat(toMai.getSubject()).isEqualTo(draft.nameVi() + ": cùng chung tay vì trẻ em");
        assertThat(TestMail.html(toMai)).contains("/campaigns/" + draft.slug());
        MimeMessage toJohn = TestMail.awaitMessageTo(john);
        assertThat(toJohn.getSubject()).isEqualTo(draft.nameEn() + ": join hands for children");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_message WHERE recipient = ?").param(silent)
                .query(Long.class).single()).isZero();
    }

    private void donor(String manager, FundUnitRef unit, String email, String language, Set<ConsentCategory> optIns) {
        as(manager, () -> donors.create(unit.id(), new IndividualDetails(unique("Nhà hảo tâm"), email, null, null,
                language, false), optIns));
    }

    private CampaignDetails draft(String manager, FundUnitRef unit) {
        LocalDate start = CampaignCalendar.today().plusDays(7);
        String account = String.valueOf(1_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 8_999_999_999L));
        return as(manager, () -> campaigns.create(new CampaignDraft(CampaignKind.OTHER, unit.id(),
                unique("Áo ấm cho em"), unique("Warm coats for children"), "Mỗi chiếc áo ấm 250.000 ₫.",
                "Each warm coat costs 250,000 VND.", Money.vnd(800_000_000), start, start.plusDays(30),
                new ReceivingAccount("970436", account, "QUY BAO TRO TRE EM KRONG PAC"), null)));
    }
}
