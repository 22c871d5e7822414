package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.donors.DonorTestData;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.payments.PaymentEntry;
import org.chungtay.payments.PaymentMethod;
import org.chungtay.payments.PaymentService;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentFrequency;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class InstalmentRemindersIT extends IntegrationTest {

    @Autowired
    InstalmentReminders reminders;

    @Autowired
    PledgeService pledges;

    @Autowired
    PaymentService payments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnpaidInstalmentIsRemindedOnceBeforeItFallsDueAndOnceWhenOverdueWhateverRunsAgain() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Tu");
        CampaignDetails campaign = activeCampaign(unit);
        LocalDate firstDue = CampaignCalendar.today().plusDays(10);
        String email = DonorTestData.newEmail("ketoan");
        long pledge = pledge(unit, campaign, email, firstDue, 2, Locale.ENGLISH);

        reminders.queue(firstDue.minusDays(7));
        reminders.queue(firstDue.minusDays(7));
        reminders.queue(firstDue.minusDays(6));

        assertThat(keysTo(email)).containsExactly("instalment-due:" + pledge + "-1");
        Letter due = letter("instalment-due:" + pledge + "-1");
        assertThat(due.kind()).isEqualTo(MessageKind.INSTALMENT_REMINDER_DUE.name());
        assertThat(due.text()).contains(reference(pledge), "1,000,000 VND", campaign.account().accountNumber(),
                "QUY BAO TRO TRE EM", "/campaigns/" + campaign.slug());
        assertThat(due.donorId()).isNotNull();
        assertThat(due.campaignId()).isEqualTo(campaign.id());

        reminders.queue(firstDue.plusDays(3));
        reminders.queue(firstDue.plusDays(3));
        reminders.queue(firstDue.plusDays(4));

        assertThat(keysTo(email)).containsExactlyInAnyOrder("instalment-due:" + pledge + "-1",
                "instalment-overdue:" + pledge + "-1");
        Letter overdue = letter("instalment-overdue:" + pledge + "-1");
        assertThat(overdue.kind()).isEqualTo(MessageKind.INSTALMENT_REMINDER_OVERDUE.name());
        assertThat(overdue.text()).contains(reference(pledge), "1,000,000 VND");
    }

    @Test
    void aPaidPledgeAndACancelledOneGetNoReminder() {
        FundUnitRef unit = newUnit("Quỹ xã Cư Né");
        CampaignDetails campaign = activeCampaign(unit);
        LocalDate due = CampaignCalendar.today().plusDays(9);
        String paidBy = DonorTestData.newEmail("dadong");
        String cancelledBy = DonorTestData.newEmail("dahuy");
        long paid = pledge(unit, campaign, paidBy, due, 1, Locale.of("vi"));
        long cancelled = pledge(unit, campaign, cancelledBy, due, 1, Locale.of("vi"));
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Kế toán");
        as(accountant, () -> payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER, Money.vnd(2_000_000),
                CampaignCalendar.today(), reference(paid), null, null, null,
                "FT" + UUID.randomUUID().toString().substring(0, 10), null, null)));
        String manager = newStaff(Role.FUND_MANAGER, unit, "Quản lý");
        as(manager, () -> pledges.cancel(cancelled, "Doanh nghiệp rút lại cam kết"));
        awaitStatus(paid, "FULFILLED");

        reminders.queue(due.minusDays(7));
        reminders.queue(due.plusDays(3));

        assertThat(keysTo(paidBy)).isEmpty();
        assertThat(keysTo(cancelledBy)).isEmpty();
    }

    private long pledge(FundUnitRef unit, CampaignDetails campaign, String email, LocalDate firstDue, int count,
            Locale language) {
        String clerk = newStaff(Role.FUND_STAFF, unit, "Cán bộ quỹ");
        PledgeSubmission submission = new PledgeSubmission(UUID.randomUUID().toString(), "",
                Commitment.donation(Money.vnd(1_000_000L * count), null),
                new InstalmentPlan(count == 1 ? InstalmentFrequency.ONE_OFF : InstalmentFrequency.MONTHLY, firstDue, count),
                false, null, "Nguyễn Văn Nam", null, null, email, null, null, language, false, false, false);
        return as(clerk, () -> pledges.enterForDonor(campaign.slug(), submission));
    }

    private String reference(long pledge) {
        return jdbc.sql("SELECT reference FROM pledge WHERE id = ?").param(pledge).query(String.class).single();
    }

    private List<String> keysTo(String recipient) {
        return jdbc.sql("SELECT dedup_key FROM email_message WHERE recipient = ? AND kind LIKE 'INSTALMENT%'")
                .param(recipient).query(String.class).list();
    }

    private record Letter(String kind, String text, Long donorId, Long campaignId) {
    }

    private Letter letter(String dedupKey) {
        return jdbc.sql("SELECT kind, body_text, donor_id, campaign_id FROM email_message WHERE dedup_key = ?")
                .param(dedupKey)
                .query((row, number) -> new Letter(row.getString("kind"), row.getString("body_text"),
                        row.getObject("donor_id", Long.class), row.getObject("campaign_id", Long.class)))
                .single();
    }

    private void awaitStatus(long pledge, String status) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!status.equals(jdbc.sql("SELECT status FROM pledge WHERE id = ?").param(pledge).query(String.class)
                .single()) && Instant.now().isBefore(deadline)) {
            pause();
        }
        assertThat(jdbc.sql("SELECT status FROM pledge WHERE id = ?").param(pledge).query(String.class).single())
                .isEqualTo(status);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
