package org.chungtay.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.campaigns.CampaignKind;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.funds.ThankYouTiming;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.BrowserTest;
import org.chungtay.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A payment is recorded; after the delay exactly one thank-you, in the donor's language, is in the SMTP server;
 * a second payment for the same pledge sends a second, different one (issue 8). The unit waits a minute and has
 * no quiet hours, so that the journey does not depend on the time of day; "after the delay" is the message's
 * due time moved to now, and the portal's own dispatch job sends it.
 */
class ThankYouJourneyIT extends BrowserTest {

    @Autowired
    PledgeService pledges;

    @Autowired
    FundUnitSettingsService unitSettings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPaymentRecordedByStaffIsThankedOnceInTheDonorsLanguageAndASecondPaymentIsThankedAgain() {
        FundUnitRef unit = newUnit("Quỹ xã Ea Tu");
        String code = "ET" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
        SystemActor.run(() -> unitSettings.saveSettings(unit.id(), new FundUnitSettingsEntry(code,
                "Quỹ Bảo trợ trẻ em xã Ea Tu", "Thôn 2, xã Ea Tu, Buôn Ma Thuột, Đắk Lắk", null, "Y Blu Niê",
                "Chủ tịch", ReceiptPaper.A5, true, Money.ZERO, new ThankYouTiming(1, null), null)));
        CampaignDetails campaign = activeCampaign(unit, CampaignKind.MONTH_OF_ACTION);
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Phan Thị Thu");
        String email = "sarah." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        long pledgeId = pledges.submitOnline(campaign.slug(), new PledgeSubmission(UUID.randomUUID().toString(), "",
                Commitment.donation(Money.vnd(10_000_000), null), InstalmentPlan.oneOff(CampaignCalendar.today()), false,
                null, "Sarah Nguyen", null, null, email, null, null, Locale.ENGLISH, false, false, false),
                "10.5.0.1").id();
        SystemActor.run(() -> pledges.confirm(pledgeId));
        String reference = SystemActor.call(() -> pledges.get(pledgeId).pledge().reference());

        browser.get(url("staff/payments"));
        new LoginPage(browser).signIn(accountant, PASSWORD);
        new PaymentsPage(browser).startTransfer(reference, "2.000.000", "FT26336000201").save().awaitRow("2.000.000 ₫");

        String firstKey = "thank-you:payment:" + payment(pledgeId, 0);
        awaitQueued(firstKey);
        assertThat(thankYousTo(email)).as("nothing before the delay").isEmpty();
        dueNow(firstKey);
        MimeMessage first = awaitThankYous(email, 1).getFirst();
        assertThat(subject(first)).isEqualTo("Thank you, Sarah Nguyen, for joining hands for children");
        assertThat(TestMail.text(first)).contains("Dear Sarah Nguyen,", "your gift of 2,000,000 VND",
                "for \"" + campaign.nameEn() + "\" (pledge " + reference + ")");

        new PaymentsPage(browser).startTransfer(reference, "3.000.000", "FT26336000202").save().awaitRow("3.000.000 ₫");

        String secondKey = "thank-you:payment:" + payment(pledgeId, 1);
        awaitQueued(secondKey);
        dueNow(secondKey);
        List<MimeMessage> both = awaitThankYous(email, 2);
        assertThat(both).hasSize(2);
        MimeMessage second = both.stream().filter(message -> !TestMail.messageIdOf(message)
                .equals(TestMail.messageIdOf(first))).findFirst().orElseThrow();
        assertThat(TestMail.text(second)).contains("your gift of 3,000,000 VND").doesNotContain("2,000,000 VND");
        sleep(Duration.ofSeconds(12));
        assertThat(thankYousTo(email)).as("exactly one thank-you per payment, after another run of the job")
                .hasSize(2);
    }

    /** The id of the pledge's payment in the order they were recorded. */
    private long payment(long pledgeId, int index) {
        return jdbc.sql("SELECT id FROM payment WHERE pledge_id = ? ORDER BY id").param(pledgeId).query(Long.class)
                .list().get(index);
    }

    private void awaitQueued(String dedupKey) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (jdbc.sql("SELECT COUNT(*) FROM email_message WHERE dedup_key = ?").param(dedupKey).query(Long.class)
                .single() == 0) {
            assertThat(System.currentTimeMillis()).as("queued: " + dedupKey).isLessThan(deadline);
            sleep(Duration.ofMillis(200));
        }
    }

    /** The delay has passed: the message is due now, and the portal's job (every 10 s) sends it. */
    private void dueNow(String dedupKey) {
        jdbc.sql("UPDATE email_message SET next_attempt_at = ? WHERE dedup_key = ? AND status = 'QUEUED'")
                .params(LocalDateTime.now(ZoneOffset.UTC), dedupKey).update();
    }

    private static List<MimeMessage> awaitThankYous(String recipient, int count) {
        long deadline = System.currentTimeMillis() + 60_000;
        List<MimeMessage> found = thankYousTo(recipient);
        while (found.size() < count && System.currentTimeMillis() < deadline) {
            sleep(Duration.ofMillis(300));
            found = thankYousTo(recipient);
        }
        return found;
    }

    /** The thank-yous the SMTP server received for the recipient (not the pledge's confirmation, nor receipts). */
    private static List<MimeMessage> thankYousTo(String recipient) {
        return List.of(TestMail.server().getReceivedMessages()).stream()
                .filter(message -> TestMail.recipientOf(message).equals(recipient))
                .filter(message -> subject(message).startsWith("Thank you"))
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
