package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.donors.ConsentCategory;
import org.chungtay.donors.ConsentSource;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.DonorTestData;
import org.chungtay.donors.IndividualDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.payments.PaymentEntry;
import org.chungtay.payments.PaymentMethod;
import org.chungtay.payments.PaymentService;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.VietnamTime;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ProgressDigestsIT extends IntegrationTest {

    @Autowired
    ProgressDigests digests;

    @Autowired
    DonorService donors;

    @Autowired
    PaymentService payments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDonorWhoAgreedAndWhoseCampaignHasNewsGetsOneDigestWithItsFiguresAndNobodyElseDoes() {
        FundUnitRef unit = newUnit("Quỹ xã Hòa Phú");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Quản lý quỹ");
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán");
        CampaignDetails campaign = activeCampaign(unit);
        long agreed = donor(manager, unit, "en", true);
        long neverAsked = donor(manager, unit, "vi", false);
        long withdrew = donor(manager, unit, "vi", true);
        as(manager, () -> donors.withdrawConsent(withdrew, ConsentCategory.PROGRESS_UPDATES, ConsentSource.STAFF_ENTRY));
        give(accountant, campaign, agreed, 5_000_000);
        give(accountant, campaign, neverAsked, 3_000_000);
        give(accountant, campaign, withdrew, 1_000);
        YearMonth month = YearMonth.now(VietnamTime.ZONE);

        digests.queue(month);
        digests.queue(month);

        assertThat(digestsTo(agreed, month)).isEqualTo(1);
        assertThat(digestsTo(neverAsked, month)).isZero();
        assertThat(digestsTo(withdrew, month)).isZero();
        String text = jdbc.sql("SELECT body_text FROM email_message WHERE dedup_key = ?")
                .param(key(month, agreed)).query(String.class).single();
        assertThat(text).contains(campaign.nameEn(),
                "Raised 8,001,000 VND in " + month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH)),
                "8,001,000 VND of the 1,000,000,000 VND goal (0%) so far, from 3 donors.",
                "/campaigns/" + campaign.slug(), "/unsubscribe/");
        assertThat(jdbc.sql("SELECT donor_id FROM email_message WHERE dedup_key = ?").param(key(month, agreed))
                .query(Long.class).single()).isEqualTo(agreed);
    }

    @Test
    void nothingNewInTheMonthMeansNoDigest() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Bar");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Quản lý quỹ");
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán");
        CampaignDetails campaign = activeCampaign(unit);
        long agreed = donor(manager, unit, "vi", true);
        give(accountant, campaign, agreed, 2_000_000);
        YearMonth before = YearMonth.now(VietnamTime.ZONE).minusMonths(1);

        digests.queue(before);

        assertThat(digestsTo(agreed, before)).isZero();
    }

    private long donor(String manager, FundUnitRef unit, String language, boolean progressUpdates) {
        IndividualDetails details = new IndividualDetails(unique("Nhà hảo tâm"), DonorTestData.newEmail("nht"), null,
                null, language, false);
        return as(manager, () -> donors.create(unit.id(), details,
                progressUpdates ? Set.of(ConsentCategory.PROGRESS_UPDATES) : Set.of())).id();
    }

    private void give(String accountant, CampaignDetails campaign, long donorId, long amount) {
        as(accountant, () -> payments.record(new PaymentEntry(PaymentMethod.CASH, Money.vnd(amount),
                CampaignCalendar.today(), null, campaign.id(), null, donorId, null, null, null)));
    }

    private long digestsTo(long donorId, YearMonth month) {
        return jdbc.sql("SELECT COUNT(*) FROM email_message WHERE dedup_key = ?").param(key(month, donorId))
                .query(Long.class).single();
    }

    private static String key(YearMonth month, long donorId) {
        return "digest:" + month + ":donor:" + donorId;
    }
}
