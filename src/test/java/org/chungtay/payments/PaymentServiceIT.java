package org.chungtay.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentFrequency;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.InstalmentState;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeStatus;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.UserFacingException;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

class PaymentServiceIT extends IntegrationTest {

    @Autowired
    PaymentService payments;

    @Autowired
    PledgeService pledges;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Scheduler scheduler;

    @Test
    void aTransferWithAManglingOfTheReferenceFulfilsThePledgeAndAReversalTakesItBack() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Tu");
        CampaignDetails campaign = activeCampaign(unit);
        Pledge pledge = confirmedPledge(campaign, 500_000);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Lê Thị Kế Toán");
        String mangled = "mbvcb.123456." + pledge.reference().toLowerCase(Locale.ROOT).replace("-", " ") + " ung ho tre em";

        as(accountant, () -> payments.record(transfer(mangled, 200_000)));
        awaitPledge(pledge, PledgeStatus.PARTLY_FULFILLED, 200_000);
        assertThat(received(campaign)).isEqualTo(Money.vnd(200_000));

        PaymentSummary second = as(accountant, () -> payments.record(transfer(pledge.reference(), 400_000)));
        awaitPledge(pledge, PledgeStatus.FULFILLED, 600_000);
        assertThat(received(campaign)).isEqualTo(Money.vnd(600_000));

        PaymentSummary reversed = as(accountant, () -> payments.reverse(second.id(), "Nhập trùng sao kê"));
        assertThat(reversed.reversed()).isTrue();
        awaitPledge(pledge, PledgeStatus.PARTLY_FULFILLED, 200_000);
        assertThat(received(campaign)).isEqualTo(Money.vnd(200_000));
        assertThat(as(accountant, () -> payments.list(pledge.reference(), 0, 10))).hasSize(2);
        String clerk = newStaff(Role.FUND_STAFF, unit, "Người theo dõi cam kết");
        assertThat(as(clerk, () -> payments.ofPledge(pledge.id()))).extracting(PaymentSummary::reversed)
                .containsExactly(false, true);
        assertThatThrownBy(() -> as(accountant, () -> payments.reverse(second.id(), "again")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("payments.error.already-reversed");
    }

    @Test
    void instalmentsAreSettledInTheOrderTheyFallDueAndAnOverpaymentIsKept() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Bar");
        CampaignDetails campaign = activeCampaign(unit);
        Pledge pledge = confirmedPledge(campaign, 400_000,
                new InstalmentPlan(InstalmentFrequency.QUARTERLY, CampaignCalendar.today(), 4));
        long id = pledge.id();
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Hồ Thị Sổ");

        as(accountant, () -> payments.record(transfer(pledge.reference(), 150_000)));
        awaitPledge(pledge, PledgeStatus.PARTLY_FULFILLED, 150_000);
        var states = SystemActor.call(() -> pledges.get(id).pledge().instalmentStates(CampaignCalendar.today()));
        assertThat(states).extracting(InstalmentState::state).containsExactly(InstalmentState.State.PAID,
                InstalmentState.State.PARTLY_PAID, InstalmentState.State.DUE, InstalmentState.State.DUE);
        assertThat(states.get(1).paid()).isEqualTo(Money.vnd(50_000));
        var later = SystemActor.call(() -> pledges.get(id).pledge().instalmentStates(CampaignCalendar.today().plusMonths(4)));
        assertThat(later).extracting(InstalmentState::state).containsExactly(InstalmentState.State.PAID,
                InstalmentState.State.OVERDUE, InstalmentState.State.DUE, InstalmentState.State.DUE);

        as(accountant, () -> payments.record(transfer(pledge.reference(), 300_000)));
        awaitPledge(pledge, PledgeStatus.FULFILLED, 450_000);
        assertThat(SystemActor.call(() -> pledges.get(id).pledge().overpaid())).isEqualTo(Money.vnd(50_000));
    }

    @Test
    void aPaymentEventHandedOverTwiceCountsOnce() {
        FundUnitRef unit = newUnit("Quỹ xã Cư Yang");
        Pledge pledge = confirmedPledge(activeCampaign(unit), 300_000);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Phạm Văn Thu");
        PaymentSummary payment = as(accountant, () -> payments.record(transfer(pledge.reference(), 100_000)));
        awaitPledge(pledge, PledgeStatus.PARTLY_FULFILLED, 100_000);

        transactions.executeWithoutResult(status -> events.publishEvent(
                new PaymentRecorded(payment.id(), pledge.id(), null, 100_000, CampaignCalendar.today())));

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(paid(pledge)).isEqualTo(100_000));
    }

    @Test
    void aReactionLostWithItsNodeIsHandedOverAgainFromTheRegistry() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Kly");
        Pledge pledge = confirmedPledge(activeCampaign(unit), 300_000);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Đỗ Thị Quỹ");
        PaymentSummary payment = as(accountant, () -> payments.record(transfer(pledge.reference(), 300_000)));
        awaitPledge(pledge, PledgeStatus.FULFILLED, 300_000);

        // As if the node had died after the payment committed and before the pledge learnt of it:
        jdbc.sql("DELETE FROM pledge_payment WHERE payment_id = ?").param(payment.id()).update();
        jdbc.sql("UPDATE pledge SET paid = 0, status = 'CONFIRMED' WHERE id = ?").param(pledge.id()).update();
        int reopened = jdbc.sql("UPDATE EVENT_PUBLICATION SET COMPLETION_DATE = NULL, STATUS = 'PROCESSING',"
                        + " PUBLICATION_DATE = ? WHERE EVENT_TYPE LIKE '%PaymentRecorded' AND SERIALIZED_EVENT LIKE ?"
                        + " AND LISTENER_ID LIKE 'org.chungtay.pledges.%'")
                .param(Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))))
                .param("%\"paymentId\":" + payment.id() + ",%").update();
        assertThat(reopened).isEqualTo(1);

        // the cluster's job, a minute later on whichever node takes it
        SystemActor.run(() -> {
            try {
                scheduler.triggerJob(JobKey.jobKey("event-publications", "operations"));
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
        });

        awaitPledge(pledge, PledgeStatus.FULFILLED, 300_000);
    }

    @Test
    void aGiftWithoutAPledgeCountsForItsCampaign() {
        FundUnitRef unit = newUnit("Quỹ xã Krông Nô");
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Vũ Văn Thủ");

        as(accountant, () -> payments.record(new PaymentEntry(PaymentMethod.CASH, Money.vnd(750_000),
                CampaignCalendar.today(), null, campaign.id(), null, null, null, "Hộp quyên góp lễ phát động", null)));

        assertThat(received(campaign)).isEqualTo(Money.vnd(750_000));
    }

    @Test
    void goodsHaveARecordToSignWithTheirValueInWordsAndOtherPaymentsHaveNone() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Nuôl");
        CampaignDetails campaign = activeCampaign(unit);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Mai Thị Kho");
        PaymentSummary goods = as(accountant, () -> payments.record(new PaymentEntry(PaymentMethod.GOODS,
                Money.vnd(12_000_000), CampaignCalendar.today(), null, campaign.id(), null, null, null, null,
                "200 bộ sách giáo khoa lớp 1\n100 cặp sách")));
        PaymentSummary cash = as(accountant, () -> payments.record(new PaymentEntry(PaymentMethod.CASH,
                Money.vnd(500_000), CampaignCalendar.today(), null, campaign.id(), null, null, null, null, null)));

        GoodsHandover record = as(accountant, () -> payments.handover(goods.id()));

        assertThat(record.valueInWords()).isEqualTo("Mười hai triệu đồng");
        assertThat(record.goods()).isEqualTo("200 bộ sách giáo khoa lớp 1\n100 cặp sách");
        assertThat(record.fundUnitName()).isEqualTo(unit.name());
        assertThatThrownBy(() -> as(accountant, () -> payments.handover(cash.id())))
                .hasMessageContaining("payments.error.not-goods");
        assertThatThrownBy(() -> as(newStaff(Role.ACCOUNTANT, newUnit("Quỹ xã khác"), "Người ngoài"),
                () -> payments.handover(goods.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAccountantsOfTheUnitRecordAndEveryLimitHoldsOnTheServer() {
        FundUnitRef unit = newUnit("Quỹ xã Hòa Phú");
        FundUnitRef other = newUnit("Quỹ xã Hòa Xuân");
        Pledge pledge = confirmedPledge(activeCampaign(unit), 300_000);
        String clerk = newStaff(Role.FUND_STAFF, unit, "Ngô Văn Văn Thư");
        String stranger = newStaff(Role.ACCOUNTANT, other, "Kế toán xã khác");
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán xã này");

        assertThatThrownBy(() -> as(clerk, () -> payments.record(transfer(pledge.reference(), 1_000))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(stranger, () -> payments.record(transfer(pledge.reference(), 1_000))))
                .hasMessageContaining("payments.error.pledge-not-found");
        assertRefused(accountant, entry(Money.vnd(0), CampaignCalendar.today(), null), "payments.error.amount");
        assertRefused(accountant, entry(Money.vnd(1_000), CampaignCalendar.today().plusDays(1), null), "payments.error.date");
        assertRefused(accountant, entry(Money.vnd(1_000), CampaignCalendar.today(), "x".repeat(501)), "payments.error.too-long");
        assertRefused(accountant, new PaymentEntry(PaymentMethod.GOODS, Money.vnd(1_000), CampaignCalendar.today(),
                pledge.reference(), null, null, null, null, null, " "), "payments.error.goods-required");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment WHERE pledge_id = ?").param(pledge.id()).query(Long.class)
                .single()).isZero();
    }

    private void assertRefused(String accountant, PaymentEntry entry, String key) {
        assertThatThrownBy(() -> as(accountant, () -> payments.record(entry)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining(key);
    }

    private PaymentEntry entry(Money amount, LocalDate receivedOn, String note) {
        return new PaymentEntry(PaymentMethod.CASH, amount, receivedOn, null, null, root().id(), null, null, note, null);
    }

    private static PaymentEntry transfer(String reference, long amount) {
        return new PaymentEntry(PaymentMethod.BANK_TRANSFER, Money.vnd(amount), CampaignCalendar.today(), reference,
                null, null, null, "FT" + UUID.randomUUID().toString().substring(0, 10), null, null);
    }

    private record Pledge(long id, String reference) {
    }

    private Pledge confirmedPledge(CampaignDetails campaign, long amount) {
        return confirmedPledge(campaign, amount, InstalmentPlan.oneOff(CampaignCalendar.today()));
    }

    private Pledge confirmedPledge(CampaignDetails campaign, long amount, InstalmentPlan plan) {
        PledgeSubmission submission = new PledgeSubmission(UUID.randomUUID().toString(), "",
                Commitment.donation(Money.vnd(amount), null), plan, false, null,
                "Nguyễn Thị Hoa", null, null, "hoa" + UUID.randomUUID().toString().substring(0, 6) + "@example.vn", null,
                null, Locale.of("vi"), false, false, false);
        long id = pledges.submitOnline(campaign.slug(), submission, "10.1.0." + (int) (Math.random() * 200)).id();
        SystemActor.run(() -> pledges.confirm(id));
        String reference = jdbc.sql("SELECT reference FROM pledge WHERE id = ?").param(id).query(String.class).single();
        return new Pledge(id, reference);
    }

    private long paid(Pledge pledge) {
        return jdbc.sql("SELECT paid FROM pledge WHERE id = ?").param(pledge.id()).query(Long.class).single();
    }

    private void awaitPledge(Pledge pledge, PledgeStatus status, long paid) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(paid(pledge)).isEqualTo(paid);
            assertThat(jdbc.sql("SELECT status FROM pledge WHERE id = ?").param(pledge.id()).query(String.class).single())
                    .isEqualTo(status.name());
        });
    }

    private Money received(CampaignDetails campaign) {
        return campaigns.findPublic(campaign.slug()).orElseThrow().figures().received();
    }
}
