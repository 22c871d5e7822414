package org.chungtay.pledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.payments.PaymentEntry;
import org.chungtay.payments.PaymentMethod;
import org.chungtay.payments.PaymentService;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

class DonorPledgesIT extends IntegrationTest {

    @Autowired
    DonorPledges donorPledges;

    @Autowired
    PledgeService pledges;

    @Autowired
    PaymentService payments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDonorSeesTheirPledgeWithItsInstalmentsAndWhatToTransferNow() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Tu");
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán Ea Tu");
        Made mine = monthlyPledge(campaign, "Công ty Mía đường Ea Tu", 3_000_000);
        Made theirs = monthlyPledge(campaign, "Công ty Cao su Ea Tu", 3_000_000);
        // The instalments fell due two months ago, a month ago and today.
        jdbc.sql("UPDATE pledge_instalment SET due_date = DATE_SUB(due_date, INTERVAL 2 MONTH) WHERE pledge_id = ?")
                .param(mine.id()).update();
        as(accountant, () -> payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER, Money.vnd(1_500_000),
                CampaignCalendar.today(), mine.reference(), null, null, null, "FT" + UUID.randomUUID(), null, null)));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT paid FROM pledge WHERE id = ?")
                .param(mine.id()).query(Long.class).single() == 1_500_000);

        asDonor(mine.donorId(), "mine@example.vn", () -> {
            assertThat(donorPledges.countMyPledges()).isEqualTo(1);
            assertThat(donorPledges.myPledges(0, 10)).singleElement().satisfies(pledge -> {
                assertThat(pledge.reference()).isEqualTo(mine.reference());
                assertThat(pledge.campaignNameVi()).isEqualTo(campaign.nameVi());
                assertThat(pledge.total()).isEqualTo(Money.vnd(3_000_000));
                assertThat(pledge.instalments()).isEqualTo(3);
                assertThat(pledge.paidInstalments()).isEqualTo(1);
                assertThat(pledge.overdueInstalments()).isEqualTo(1);
            });
            DonorPledgeDetails details = donorPledges.myPledge(mine.reference()).orElseThrow();
            assertThat(details.instalments()).extracting(InstalmentState::state).containsExactly(
                    InstalmentState.State.PAID, InstalmentState.State.OVERDUE, InstalmentState.State.DUE);
            assertThat(details.amountDue()).isEqualTo(Money.vnd(500_000));
            // VietQR field 54 carries the amount due, 62/08 the reference
            assertThat(details.qrPayload()).contains("5406500000", mine.reference());
            assertThat(details.pledge().accountNumber()).isEqualTo(campaign.account().accountNumber());

            assertThat(donorPledges.myPledge(theirs.reference())).isEmpty();
            assertThat(donorPledges.myPledge("CT26-XXXXXX")).isEmpty();
            assertThat(donorPledges.myPledge(null)).isEmpty();
        });
        asDonor(theirs.donorId(), "theirs@example.vn", () -> {
            assertThat(donorPledges.myPledges(0, 10)).extracting(DonorPledge::reference)
                    .containsExactly(theirs.reference());
            assertThat(donorPledges.myPledge(mine.reference())).isEmpty();
        });
    }

    @Test
    void aPledgePaidInFullHasNothingDueAndANewDonorHasNoPledges() {
        FundUnitRef unit = newUnit("Quỹ xã Cư Bao");
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán Cư Bao");
        Made mine = monthlyPledge(campaign, "Công ty Hồ tiêu Cư Bao", 3_000_000);
        as(accountant, () -> payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER, Money.vnd(3_000_000),
                CampaignCalendar.today(), mine.reference(), null, null, null, "FT" + UUID.randomUUID(), null, null)));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT status FROM pledge WHERE id = ?")
                .param(mine.id()).query(String.class).single().equals("FULFILLED"));

        asDonor(mine.donorId(), "mine@example.vn", () -> {
            DonorPledgeDetails details = donorPledges.myPledge(mine.reference()).orElseThrow();
            assertThat(details.instalments()).allMatch(i -> i.state() == InstalmentState.State.PAID);
            assertThat(details.hasAmountDue()).isFalse();
            assertThat(details.qrPayload()).isNull();
        });
        asDonor(Long.MAX_VALUE, "nobody@example.vn", () -> {
            assertThat(donorPledges.countMyPledges()).isZero();
            assertThat(donorPledges.myPledges(0, 10)).isEmpty();
        });
    }

    @Test
    void staffCannotCallTheDonorMethodsNorADonorTheStaffOnes() {
        FundUnitRef unit = newUnit("Quỹ xã Krông Jing");
        String manager = newStaff(Role.FUND_MANAGER, unit, "Quản lý Krông Jing");

        assertThatThrownBy(() -> as(manager, () -> donorPledges.myPledges(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(manager, () -> donorPledges.myPledge("CT26-XXXXXX")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDonor(1L, "donor@example.vn", () -> pledges.list(PledgeFilter.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asDonor(1L, "donor@example.vn", () -> pledges.get(1L)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Made monthlyPledge(CampaignDetails campaign, String business, long total) {
        PledgeSubmission submission = new PledgeSubmission(UUID.randomUUID().toString(), "",
                Commitment.designated(PledgeKind.DONATION, Money.vnd(total), null, null),
                new InstalmentPlan(InstalmentFrequency.MONTHLY, CampaignCalendar.today(), 3), false, null, business,
                null, null, "d" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn", null, null,
                Locale.of("vi"), false, false, false);
        long id = pledges.submitOnline(campaign.slug(), submission, "10.8.0." + (int) (Math.random() * 200)).id();
        SystemActor.run(() -> pledges.confirm(id));
        return jdbc.sql("SELECT id, reference, donor_id FROM pledge WHERE id = ?").param(id)
                .query((r, n) -> new Made(r.getLong("id"), r.getString("reference"), r.getLong("donor_id"))).single();
    }

    private record Made(long id, String reference, long donorId) {
    }
}
