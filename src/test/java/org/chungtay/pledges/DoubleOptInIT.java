package org.chungtay.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.donors.ConsentCategory;
import org.chungtay.donors.ConsentSource;
import org.chungtay.donors.DonorMatch;
import org.chungtay.donors.DonorProfile;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.IndividualDetails;
import org.chungtay.donors.OptInLink;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** No one can subscribe someone else: opt-ins ticked on the anonymous form wait for the address's owner. */
class DoubleOptInIT extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("/consent/confirm/([A-Za-z0-9_-]+)");

    @Autowired
    PledgeService pledges;

    @Autowired
    DonorService donors;

    @Autowired
    JdbcClient jdbc;

    @Test
    void optInsTickedOnThePledgeFormStayPendingUntilTheEmailedLinkConfirmsThemOnce() throws Exception {
        FundUnitRef unit = newUnit("Quỹ huyện Ea Súp");
        CampaignDetails campaign = activeCampaign(unit);
        String clerk = newStaff(Role.FUND_STAFF, unit, "Đinh Văn Sơn");
        String email = address("nhantin");

        pledges.submitOnline(campaign.slug(), pledgeWithOptIns(email), "10.88.0.1");

        long donorId = donorIdOf(clerk, email);
        DonorProfile before = as(clerk, () -> donors.profile(donorId));
        assertThat(before.consents(ConsentCategory.APPEALS)).isFalse();
        assertThat(before.consents(ConsentCategory.PROGRESS_UPDATES)).isFalse();
        assertThat(before.consents(ConsentCategory.TRANSACTIONAL)).isTrue();

        String token = tokenInOptInEmailTo(email);
        assertThat(jdbc.sql("SELECT DISTINCT token_hash FROM pending_opt_in WHERE donor_id = ?").param(donorId)
                .query(String.class).single()).isEqualTo(sha256(token)).isNotEqualTo(token);
        assertThat(donors.optInLink(token)).isEqualTo(new OptInLink(OptInLink.State.PENDING,
                Set.of(ConsentCategory.APPEALS, ConsentCategory.PROGRESS_UPDATES)));
        assertThat(as(clerk, () -> donors.profile(donorId)).consents(ConsentCategory.APPEALS)).isFalse();

        assertThat(donors.confirmOptIns(token).state()).isEqualTo(OptInLink.State.CONFIRMED);

        DonorProfile after = as(clerk, () -> donors.profile(donorId));
        assertThat(after.consents(ConsentCategory.APPEALS)).isTrue();
        assertThat(after.consents(ConsentCategory.PROGRESS_UPDATES)).isTrue();
        assertThat(after.consents().get(ConsentCategory.APPEALS).source()).isEqualTo(ConsentSource.EMAIL_CONFIRMATION);
        long events = consentEvents(donorId);
        assertThat(donors.confirmOptIns(token)).isEqualTo(new OptInLink(OptInLink.State.USED,
                Set.of(ConsentCategory.APPEALS, ConsentCategory.PROGRESS_UPDATES)));
        assertThat(consentEvents(donorId)).isEqualTo(events);
    }

    @Test
    void anUnknownLinkSaysSoAndNamesNoOne() {
        assertThat(donors.confirmOptIns("not-a-token").state()).isEqualTo(OptInLink.State.UNKNOWN);
        assertThat(donors.optInLink("").categories()).isEmpty();
        assertThat(donors.optInLink(null).state()).isEqualTo(OptInLink.State.UNKNOWN);
    }

    @Test
    void aPledgeWithoutOptInsMailsNoLink() throws Exception {
        CampaignDetails campaign = activeCampaign(newUnit("Quỹ huyện Ea Kar"));
        String email = address("khongnhan");

        pledges.submitOnline(campaign.slug(), new PledgeSubmission(UUID.randomUUID().toString(), "",
                Commitment.donation(Money.vnd(200_000), null), InstalmentPlan.oneOff(CampaignCalendar.today()), false,
                null, "Trương Văn Bảy", null, null, email, null, null, Locale.of("vi"), false, false, false),
                "10.88.0.2");

        assertThat(confirmationEmailTo(email)).doesNotContain("/consent/confirm/");
        assertThat(jdbc.sql("SELECT count(*) FROM email_message WHERE recipient = ? AND kind = 'OPT_IN_CONFIRMATION'")
                .param(email).query(Long.class).single()).isZero();
    }

    @Test
    void optInsRecordedByStaffCountAtOnce() {
        FundUnitRef unit = newUnit("Quỹ huyện Krông Ana");
        String clerk = newStaff(Role.FUND_STAFF, unit, "Mai Thị Hạnh");
        String email = address("taiquay");

        long donorId = as(clerk, () -> donors.create(unit.id(), new IndividualDetails("Lò Văn Páo", email, null, null,
                "vi", false), Set.of(ConsentCategory.APPEALS))).id();

        assertThat(as(clerk, () -> donors.profile(donorId)).consents(ConsentCategory.APPEALS)).isTrue();
    }

    private static PledgeSubmission pledgeWithOptIns(String email) {
        return new PledgeSubmission(UUID.randomUUID().toString(), "", Commitment.donation(Money.vnd(1_000_000), null),
                InstalmentPlan.oneOff(CampaignCalendar.today()), false, null, "Hoàng Thị Thu", null, null, email, null,
                null, Locale.of("vi"), true, true, false);
    }

    private long donorIdOf(String staff, String email) {
        DonorMatch match = as(staff, () -> donors.findIndividualByEmail(email)).orElseThrow();
        return ((DonorMatch.InScope) match).donor().id();
    }

    private String tokenInOptInEmailTo(String email) {
        assertThat(confirmationEmailTo(email)).doesNotContain("/consent/confirm/");
        String optIn = jdbc.sql("SELECT body_text FROM email_message WHERE recipient = ? AND dedup_key LIKE 'opt-in-confirmation:%'")
                .param(email).query(String.class).single();
        assertThat(optIn).contains("Tin về tiến độ và kết quả sử dụng tiền ủng hộ; Lời kêu gọi ủng hộ", "30");
        Matcher link = LINK.matcher(optIn);
        assertThat(link.find()).as("opt-in link in its own email").isTrue();
        return link.group(1);
    }

    private String confirmationEmailTo(String email) {
        return jdbc.sql("SELECT body_text FROM email_message WHERE recipient = ? AND dedup_key LIKE 'pledge-confirmation:%'")
                .param(email).query(String.class).single();
    }

    private long consentEvents(long donorId) {
        return jdbc.sql("SELECT count(*) FROM consent_event WHERE donor_id = ?").param(donorId).query(Long.class).single();
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }
}
