package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.campaigns.CampaignDraft;
import org.chungtay.campaigns.CampaignKind;
import org.chungtay.campaigns.CampaignOpened;
import org.chungtay.campaigns.ReceivingAccount;
import org.chungtay.donors.ConsentCategory;
import org.chungtay.donors.ConsentSource;
import org.chungtay.donors.ContactDetails;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.DonorTestData;
import org.chungtay.donors.IndividualDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CampaignAnnouncementsIT extends IntegrationTest {

    @Autowired
    CampaignAnnouncements announcements;

    @Autowired
    DonorService donors;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCountShownIsTheNumberQueuedOnlyToAppealOptInsOfTheSubtreeAndOnlyOnce() throws InterruptedException {
        ensureThreeLevels();
        FundUnitRef unit = newUnit("Quỹ tỉnh Phú Yên");
        FundUnitRef commune = newUnitUnder(unit, "Quỹ xã An Phú");
        FundUnitRef elsewhere = newUnit("Quỹ tỉnh Khánh Hòa");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Quản lý quỹ tỉnh");
        String elsewhereManager = newStaff(Role.FUND_MANAGER, elsewhere, "Quản lý quỹ khác");
        String person = DonorTestData.newEmail("canhan");
        String contact = DonorTestData.newEmail("lienhe");
        long individual = individual(manager, unit, person, Set.of(ConsentCategory.APPEALS));
        long organisation = as(manager, () -> donors.create(commune.id(), DonorTestData.organisation(
                unique("Công ty Cà phê"), DonorTestData.newTaxCode(), "Tuy Hòa",
                new ContactDetails("Trần Thị Mai", "Kế toán", contact, null)), Set.of(ConsentCategory.APPEALS))).id();
        String newsOnly = DonorTestData.newEmail("tintuc");
        individual(manager, unit, newsOnly, Set.of(ConsentCategory.PROGRESS_UPDATES));
        String changedMind = DonorTestData.newEmail("doiy");
        long withdrew = individual(manager, unit, changedMind, Set.of(ConsentCategory.APPEALS));
        as(manager, () -> donors.withdrawConsent(withdrew, ConsentCategory.APPEALS, ConsentSource.STAFF_ENTRY));
        String outside = DonorTestData.newEmail("ngoai");
        individual(elsewhereManager, elsewhere, outside, Set.of(ConsentCategory.APPEALS));
        CampaignDetails campaign = scheduled(manager, unit);

        CampaignAnnouncements.Preview preview = as(manager, () -> announcements.preview(campaign.id()));
        assertThat(preview.audience()).isEqualTo(2);
        assertThat(preview.vietnamese().subject()).contains(campaign.nameVi());
        assertThat(preview.english().html()).contains(campaign.nameEn(), "/campaigns/" + campaign.slug());

        as(manager, () -> campaigns.announceOnOpen(campaign.id(), true));
        as(manager, () -> campaigns.activate(campaign.id()));

        List<String> recipients = awaitAnnouncements(campaign.id(), preview.audience());
        assertThat(recipients).hasSize((int) preview.audience()).containsExactlyInAnyOrder(person, contact);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_message WHERE campaign_id = ? AND kind = 'CAMPAIGN_ANNOUNCEMENT'"
                        + " AND list_unsubscribe IS NOT NULL AND donor_id IN (?, ?)")
                .params(campaign.id(), individual, organisation).query(Long.class).single()).isEqualTo(2);

        announcements.on(new CampaignOpened(campaign.id(), true));

        assertThat(announced(campaign.id())).hasSize(2);
    }

    @Test
    void aCampaignOpenedWithoutAskingForItIsNotAnnounced() throws InterruptedException {
        FundUnitRef unit = newUnit("Quỹ tỉnh Gia Lai");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Quản lý quỹ");
        individual(manager, unit, DonorTestData.newEmail("kemgoi"), Set.of(ConsentCategory.APPEALS));
        CampaignDetails campaign = scheduled(manager, unit);

        as(manager, () -> campaigns.activate(campaign.id()));
        announcements.on(new CampaignOpened(campaign.id(), false));
        Thread.sleep(1_000);

        assertThat(announced(campaign.id())).isEmpty();
    }

    private long individual(String manager, FundUnitRef unit, String email, Set<ConsentCategory> optIns) {
        return as(manager, () -> donors.create(unit.id(), new IndividualDetails(unique("Nhà hảo tâm"), email, null,
                null, "vi", false), optIns)).id();
    }

    private CampaignDetails scheduled(String manager, FundUnitRef unit) {
        LocalDate start = CampaignCalendar.today().plusDays(5);
        String account = String.valueOf(1_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 8_999_999_999L));
        CampaignDraft draft = new CampaignDraft(CampaignKind.OTHER, unit.id(), unique("Tết ấm cho em"),
                unique("A warm Tết"), "Mỗi phần quà gồm áo ấm và sách vở.", "Each gift brings a warm coat and books.",
                Money.vnd(800_000_000), start, start.plusDays(30), new ReceivingAccount("970436", account, "QUY BAO TRO"),
                null);
        return as(manager, () -> campaigns.schedule(campaigns.create(draft).id()));
    }

    private List<String> awaitAnnouncements(long campaignId, long expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<String> recipients = announced(campaignId);
        while (recipients.size() < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            recipients = announced(campaignId);
        }
        return recipients;
    }

    private List<String> announced(long campaignId) {
        return jdbc.sql("SELECT recipient FROM email_message WHERE dedup_key LIKE ?")
                .param("announcement:campaign:" + campaignId + ":donor:%").query(String.class).list();
    }
}
