package org.chungtay.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.flow.i18n.I18NProvider;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.DonorTestData;
import org.chungtay.donors.IndividualDetails;
import org.chungtay.donors.OrganisationDetails;
import org.chungtay.donors.Sector;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.TaxCode;
import org.chungtay.shared.UserFacingException;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

class PledgeServiceIT extends IntegrationTest {

    @Autowired
    PledgeService pledges;

    @Autowired
    I18NProvider words;

    @Autowired
    DonorService donors;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBusinessSponsorsFiveChildrenForAYearAndGetsAReferenceAQrCodeAndAnEmail() {
        FundUnitRef unit = newUnit("Quỹ huyện Ea Kar");
        CampaignDetails campaign = activeCampaign(unit);

        String token = pledges.submitOnline(campaign.slug(), sponsorship(key(), "0100109106", "ketoan@caphe.vn"),
                "10.0.0.1").accessToken();

        PledgeConfirmation confirmation = pledges.confirmation(token).orElseThrow();
        assertThat(confirmation.total()).isEqualTo(Money.vnd(30_000_000));
        assertThat(ReferenceCode.isWellFormed(confirmation.reference())).isTrue();
        assertThat(confirmation.qrPayload()).contains(confirmation.reference()).contains("970436");
        assertThat(pledges.qrImage(token, 320)).isPresent();
        assertThat(jdbc.sql("SELECT count(*) FROM email_message WHERE dedup_key = ?")
                .param("pledge-confirmation:" + confirmation.reference()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aNameThatReadsLikeAnInvitationArrivesOnlyAsQuotedDataNeverInTheSubjectOrGreeting() {
        CampaignDetails campaign = activeCampaign(newUnit("Quỹ huyện Cư M’gar"));
        String bait = "Click http://evil.example to claim your prize";
        PledgeSubmission phishing = new PledgeSubmission(key(), "", Commitment.donation(Money.vnd(100_000), null),
                InstalmentPlan.oneOff(CampaignCalendar.today()), false, null, bait, null, null, "victim@example.vn",
                null, null, Locale.of("vi"), false, false, false);

        pledges.submitOnline(campaign.slug(), phishing, "10.0.0.7");

        var email = jdbc.sql("SELECT subject, body_text FROM email_message WHERE recipient = 'victim@example.vn'"
                        + " ORDER BY id DESC LIMIT 1")
                .query((row, number) -> List.of(row.getString("subject"), row.getString("body_text"))).single();
        String subject = email.get(0);
        String body = email.get(1);
        assertThat(subject).doesNotContain("evil").contains(campaign.nameVi());
        assertThat(body.lines().findFirst()).hasValue("Kính gửi quý vị,");
        assertThat(body.indexOf("Bạn nhận được email này vì có người đã đăng ký cam kết"))
                .isNotNegative().isLessThan(body.indexOf(bait));
        assertThat(body.lines().filter(line -> line.contains(bait)))
                .containsExactly("  | Bên đóng góp: “" + bait + "”", "  | Người liên hệ: “" + bait + "”");
    }

    @Test
    void staffEnterAPledgeTakenByTelephoneConfirmedAtOnceMarkedAsTheirsAndEmailedWithoutTheOnlineLimit() {
        FundUnitRef unit = newUnit("Quỹ huyện Buôn Đôn");
        CampaignDetails campaign = activeCampaign(unit);
        String clerk = newStaff(Role.FUND_STAFF, unit, "Hà Thị Nhập");

        List<Long> entered = new ArrayList<>();
        for (int i = 0; i < 6; i++) {   // more than an address may send online in an hour
            entered.add(as(clerk, () -> pledges.enterForDonor(campaign.slug(),
                    individual(key(), "goidien" + UUID.randomUUID().toString().substring(0, 6) + "@example.vn"))));
        }

        Pledge pledge = as(clerk, () -> pledges.get(entered.getFirst())).pledge();
        assertThat(pledge.status()).isEqualTo(PledgeStatus.CONFIRMED);
        assertThat(pledge.enteredBy()).hasValue(clerk);
        assertThat(jdbc.sql("SELECT count(*) FROM email_message WHERE dedup_key = ?")
                .param("pledge-confirmation:" + pledge.reference()).query(Long.class).single()).isEqualTo(1);
        String key = key();
        long once = as(clerk, () -> pledges.enterForDonor(campaign.slug(), individual(key, "mot@example.vn")));
        assertThat(as(clerk, () -> pledges.enterForDonor(campaign.slug(), individual(key, "mot@example.vn"))))
                .as("a double click").isEqualTo(once);
    }

    @Test
    void onlyStaffOfTheCampaignsSubtreeEnterPledgesAndAccountantsDoNot() {
        FundUnitRef unit = newUnit("Quỹ huyện Ea Súp");
        CampaignDetails campaign = activeCampaign(unit);
        String elsewhere = newStaff(Role.FUND_STAFF, newUnit("Quỹ huyện Lắk"), "Nhân viên nơi khác");
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán");

        assertThatThrownBy(() -> as(elsewhere, () -> pledges.enterForDonor(campaign.slug(), individual(key(), "x@example.vn"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(accountant, () -> pledges.enterForDonor(campaign.slug(), individual(key(), "y@example.vn"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM pledge WHERE campaign_id = ?").param(campaign.id()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void aDoubleClickOrAResubmittedFormMakesOnePledge() {
        CampaignDetails campaign = activeCampaign(newUnit("Quỹ huyện Krông Búk"));
        String submissionKey = key();

        SubmittedPledge first = pledges.submitOnline(campaign.slug(), sponsorship(submissionKey, "0100112437", "a@b.vn"),
                "10.0.0.2");
        SubmittedPledge second = pledges.submitOnline(campaign.slug(), sponsorship(submissionKey, "0100112437", "a@b.vn"),
                "10.0.0.2");

        assertThat(second).isEqualTo(first);
        assertThat(pledges.confirmation(second.accessToken())).isPresent();
    }

    @Test
    void theDatabaseKeepsNoPlainTokenYetTheLinkOpensThePageAndTheQrCode() {
        CampaignDetails campaign = activeCampaign(newUnit("Quỹ huyện Ea Kar"));
        String submissionKey = key();
        SubmittedPledge submitted = pledges.submitOnline(campaign.slug(), individual(submissionKey, "z@example.vn"),
                "10.0.0.8");

        String row = jdbc.sql("SELECT * FROM pledge WHERE id = ?").param(submitted.id())
                .query((rows, number) -> {
                    StringBuilder all = new StringBuilder();
                    for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                        all.append(rows.getString(column)).append('|');
                    }
                    return all.toString();
                }).single();
        assertThat(row).doesNotContain(submitted.accessToken()).doesNotContain(submissionKey)
                .contains(sha256Hex(submitted.accessToken()));
        assertThat(submitted.accessToken()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(pledges.confirmation(submitted.accessToken())).isPresent();
        assertThat(pledges.qrImage(submitted.accessToken(), 320)).isPresent();
        assertThat(pledges.confirmation(sha256Hex(submitted.accessToken()))).isEmpty();
    }

    @Test
    void robotsThatFillTheHiddenFieldAreRefused() {
        CampaignDetails campaign = activeCampaign(newUnit("Quỹ huyện Lắk"));
        PledgeSubmission robot = new PledgeSubmission(key(), "http://spam.example", Commitment.donation(
                Money.vnd(1_000_000), null), InstalmentPlan.oneOff(CampaignCalendar.today()), false, null, "Robot", null,
                null, "robot@example.vn", null, null, Locale.of("vi"), false, false, false);

        assertThatThrownBy(() -> pledges.submitOnline(campaign.slug(), robot, "10.0.0.3"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("pledges.error.refused"));
    }

    @Test
    void fiveTyposDoNotLockAnOfficeOutButTheSixthPledgeInAnHourFromOneIpv6NetworkIsRefused() {
        CampaignDetails campaign = activeCampaign(newUnit("Quỹ huyện M’Drắk"));
        String network = "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000)) + ":7::";
        for (int typo = 1; typo <= 5; typo++) {
            PledgeSubmission mistyped = individual(key(), "nguoi" + typo + "@example");
            assertThatThrownBy(() -> pledges.submitOnline(campaign.slug(), mistyped, network + "1"))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(EmailAddress.INVALID_MESSAGE_KEY));
        }
        // Five good ones from five machines of the same /64 fill the hour's allowance.
        for (int device = 1; device <= 5; device++) {
            pledges.submitOnline(campaign.slug(), individual(key(), "nguoi" + device + "@example.vn"),
                    network + Integer.toHexString(device));
        }

        assertThatThrownBy(() -> pledges.submitOnline(campaign.slug(), individual(key(), "nguoi6@example.vn"),
                network + "abcd:1"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("pledges.error.too-many");
                    assertThat(words.getTranslation(e.messageKey(), Locale.of("vi")))
                            .isEqualTo("Bạn đã gửi nhiều cam kết trong thời gian ngắn. Vui lòng thử lại sau.");
                });
        assertThat(jdbc.sql("SELECT count(*) FROM pledge WHERE campaign_id = ?").param(campaign.id())
                .query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void parallelSubmissionsFromOneAddressShareOneAllowanceHeldInTheDatabase() throws Exception {
        CampaignDetails campaign = activeCampaign(newUnit("Quỹ huyện Ea H’leo"));
        String address = "10.8." + ThreadLocalRandom.current().nextInt(250) + ".9";
        List<Callable<Boolean>> submissions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String email = "song" + i + "@example.vn";
            submissions.add(() -> {
                try {
                    pledges.submitOnline(campaign.slug(), individual(key(), email), address);
                    return true;
                } catch (UserFacingException refused) {
                    return false;
                }
            });
        }

        ExecutorService nodes = Executors.newFixedThreadPool(4);
        long accepted;
        try {
            accepted = nodes.invokeAll(submissions).stream().filter(this::succeeded).count();
        } finally {
            nodes.shutdown();
        }

        assertThat(accepted).isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM rate_limit_bucket WHERE id = ?")
                .param("online-pledges:" + address).query(Long.class).single()).isEqualTo(1);
    }

    private boolean succeeded(Future<Boolean> result) {
        try {
            return result.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void staffConfirmAPledgeAndTheCampaignsPledgedFigureIncludesIt() {
        FundUnitRef unit = newUnit("Quỹ huyện Cư Kuin");
        CampaignDetails campaign = activeCampaign(unit);
        String clerk = newStaff(Role.FUND_STAFF, unit, "Clerk");
        String token = pledges.submitOnline(campaign.slug(), sponsorship(key(), "0300588569", "hr@vinamilk.vn"),
                "10.0.0.4").accessToken();
        String reference = pledges.confirmation(token).orElseThrow().reference();

        assertThat(campaigns.findPublic(campaign.slug()).orElseThrow().figures().pledged()).isEqualTo(Money.ZERO);
        PledgeSummary found = as(clerk, () -> pledges.list(ofCampaign(campaign), 0, 10)).getFirst();
        assertThat(found.reference()).isEqualTo(reference);
        as(clerk, () -> pledges.confirm(found.id()));

        var figures = campaigns.findPublic(campaign.slug()).orElseThrow().figures();
        assertThat(figures.pledged()).isEqualTo(Money.vnd(30_000_000));
        assertThat(figures.supporters()).isEqualTo(1);
        assertThat(as(clerk, () -> pledges.get(found.id())).history()).extracting(r -> r.action())
                .containsExactly("submitted", "confirmed");
    }

    @Test
    void aPledgeClaimingAKnownCompanysTaxCodePutsNoNameOnTheHonourRollUntilStaffConfirmTheClaim() {
        FundUnitRef unit = newUnit("Quỹ huyện Ea Súp");
        CampaignDetails campaign = activeCampaign(unit);
        String manager = newStaff(Role.FUND_MANAGER, unit, "Manager");
        TaxCode taxCode = DonorTestData.newTaxCode();
        String realName = unique("Công ty Cà phê Thật");
        as(manager, () -> donors.create(unit.id(), new OrganisationDetails(realName, taxCode, Sector.ENTERPRISE, null,
                null, null, List.of(), "vi", true), Set.of()));
        SubmittedPledge claiming = pledges.submitOnline(campaign.slug(), sponsorship(key(), taxCode.value(),
                "gia-mao@example.vn"), "10.0.0.9");
        as(manager, () -> pledges.confirm(claiming.id()));

        var figures = campaigns.findPublic(campaign.slug()).orElseThrow().figures();
        assertThat(figures.pledged()).isEqualTo(Money.vnd(30_000_000));
        assertThat(figures.honourRoll()).isEmpty();

        long claimId = jdbc.sql("SELECT donor_claim_id FROM pledge WHERE id = ?").param(claiming.id())
                .query(Long.class).single();
        as(manager, () -> donors.confirmClaim(claimId));

        assertThat(campaigns.findPublic(campaign.slug()).orElseThrow().figures().honourRoll()).containsExactly(realName);
    }

    @Test
    void staffOutsideTheCampaignsSubtreeNeitherSeeNorTouchItsPledges() {
        CampaignDetails campaign = activeCampaign(newUnit("Quỹ huyện Buôn Đôn"));
        String stranger = newStaff(Role.FUND_MANAGER, newUnit("Quỹ huyện Ea Súp"), "Stranger");
        String token = pledges.submitOnline(campaign.slug(), individual(key(), "x@example.vn"), "10.0.0.5").accessToken();
        String reference = pledges.confirmation(token).orElseThrow().reference();
        long id = SystemActor.call(() -> pledges.list(ofCampaign(campaign), 0, 10)).getFirst().id();

        assertThat(SystemActor.call(() -> pledges.list(ofCampaign(campaign), 0, 10))).extracting(PledgeSummary::reference)
                .containsExactly(reference);
        assertThat(as(stranger, () -> pledges.list(ofCampaign(campaign), 0, 10))).isEmpty();
        assertThat(as(stranger, () -> pledges.count(ofCampaign(campaign)))).isZero();
        assertThatThrownBy(() -> as(stranger, () -> pledges.confirm(id))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCancelledPledgeNeedsAReasonAndNoLongerCounts() {
        FundUnitRef unit = newUnit("Quỹ huyện Krông Năng");
        CampaignDetails campaign = activeCampaign(unit);
        String manager = newStaff(Role.FUND_MANAGER, unit, "Manager");
        String token = pledges.submitOnline(campaign.slug(), individual(key(), "y@example.vn"), "10.0.0.6").accessToken();
        String reference = pledges.confirmation(token).orElseThrow().reference();
        long id = as(manager, () -> pledges.list(ofCampaign(campaign), 0, 10)).getFirst().id();
        assertThat(as(manager, () -> pledges.get(id)).pledge().reference()).isEqualTo(reference);
        as(manager, () -> pledges.confirm(id));

        assertThatThrownBy(() -> as(manager, () -> pledges.cancel(id, " "))).isInstanceOf(UserFacingException.class);
        as(manager, () -> pledges.cancel(id, "Doanh nghiệp rút lại cam kết"));

        assertThat(campaigns.findPublic(campaign.slug()).orElseThrow().figures().pledged()).isEqualTo(Money.ZERO);
        assertThat(pledges.confirmation(token).orElseThrow().status()).isEqualTo(PledgeStatus.CANCELLED);
    }

    @Test
    void staffPageThroughTheirPipelineNewestFirstAndFilterItInTheDatabase() {
        FundUnitRef unit = newUnit("Quỹ huyện Krông Bông");
        CampaignDetails campaign = activeCampaign(unit);
        String manager = newStaff(Role.FUND_MANAGER, unit, "Manager");
        List<Long> submitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            submitted.add(pledges.submitOnline(campaign.slug(), individual(key(), "trang" + i + "@example.vn"),
                    "10.0.1." + i).id());
        }
        as(manager, () -> pledges.confirm(submitted.getFirst()));

        assertThat(as(manager, () -> pledges.count(ofCampaign(campaign)))).isEqualTo(3);
        assertThat(as(manager, () -> pledges.list(ofCampaign(campaign), 0, 2))).extracting(PledgeSummary::id)
                .containsExactly(submitted.get(2), submitted.get(1));
        assertThat(as(manager, () -> pledges.list(ofCampaign(campaign), 2, 2))).extracting(PledgeSummary::id)
                .containsExactly(submitted.get(0));
        PledgeFilter confirmed = new PledgeFilter(campaign.id(), PledgeStatus.CONFIRMED, PledgeKind.DONATION, unit.id());
        assertThat(as(manager, () -> pledges.count(confirmed))).isEqualTo(1);
        assertThat(as(manager, () -> pledges.list(confirmed, 0, 50))).singleElement()
                .satisfies(pledge -> assertThat(pledge.id()).isEqualTo(submitted.getFirst()));
    }

    @Test
    void whenStaffMergeTheDonorOfAPledgeIntoAnotherRecordThePledgeFollowsTheSurvivor() {
        FundUnitRef unit = newUnit("Quỹ huyện Lắk");
        CampaignDetails campaign = activeCampaign(unit);
        String manager = newStaff(Role.FUND_MANAGER, unit, "Manager");
        SubmittedPledge submitted = pledges.submitOnline(campaign.slug(),
                individual(key(), DonorTestData.newEmail("hoa")), "10.0.2.1");
        long fromForm = jdbc.sql("SELECT donor_id FROM pledge WHERE id = ?").param(submitted.id()).query(Long.class).single();
        long kept = as(manager, () -> donors.create(unit.id(), new IndividualDetails("Nguyễn Thị Hoa",
                DonorTestData.newEmail("hoa.nguyen"), null, null, "vi", false), Set.of())).id();

        as(manager, () -> donors.merge(kept, fromForm, false));

        assertThat(jdbc.sql("SELECT donor_id FROM pledge WHERE id = ?").param(submitted.id()).query(Long.class).single())
                .isEqualTo(kept);
    }

    @Test
    void anUnknownTokenShowsNothing() {
        assertThat(pledges.confirmation("not-a-token")).isEmpty();
        assertThat(pledges.confirmation(null)).isEmpty();
    }

    private static PledgeFilter ofCampaign(CampaignDetails campaign) {
        return new PledgeFilter(campaign.id(), null, null, null);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static PledgeSubmission sponsorship(String key, String taxCode, String email) {
        return new PledgeSubmission(key, "", Commitment.sponsorship(5, 12, Money.vnd(500_000), null, null),
                InstalmentPlan.oneOff(CampaignCalendar.today()), true, Sector.ENTERPRISE, "Công ty " + UUID.randomUUID().toString()
                        .substring(0, 6), taxCode, "Trần Thị Mai", email, "0905 123 456", "Buôn Ma Thuột",
                Locale.of("vi"), false, false, true);
    }

    private static PledgeSubmission individual(String key, String email) {
        return new PledgeSubmission(key, "", Commitment.donation(Money.vnd(500_000), null),
                InstalmentPlan.oneOff(CampaignCalendar.today()), false, null, "Nguyễn Văn Nam", null, null, email, null, null,
                Locale.of("vi"), false, false, false);
    }
}
