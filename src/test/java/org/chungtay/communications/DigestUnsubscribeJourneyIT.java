package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.donors.ConsentCategory;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.IndividualDetails;
import org.chungtay.e2e.UnsubscribePage;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.funds.ThankYouTiming;
import org.chungtay.payments.PaymentEntry;
import org.chungtay.payments.PaymentMethod;
import org.chungtay.payments.PaymentService;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.BrowserTest;
import org.chungtay.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A donor clicks the unsubscribe link of a progress digest and confirms with one click; the next digest run skips
 * them while it still writes to a donor who did not; their next payment is still thanked (issue 8). The digest
 * runs month by month as its job would, for last month and then for this one; this package may start a run for a
 * given month, which the scheduled-jobs view does only for the month before.
 */
class DigestUnsubscribeJourneyIT extends BrowserTest {

    private static final Pattern UNSUBSCRIBE_PATH = Pattern.compile("https?://[^/\\s]+/(unsubscribe/[A-Za-z0-9_.-]+)");

    @Autowired
    ProgressDigests digests;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    DonorService donors;

    @Autowired
    PaymentService payments;

    @Autowired
    FundUnitSettingsService unitSettings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDonorWhoUnsubscribedFromTheDigestGetsNoNextDigestButStillItsThankYou() throws Exception {
        FundUnitRef unit = newUnit("Quỹ xã Cư Suê");
        String code = "CS" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
        // No delay and no quiet hours: the thank-you goes at once, whatever the time of day.
        SystemActor.run(() -> unitSettings.saveSettings(unit.id(), new FundUnitSettingsEntry(code,
                "Quỹ Bảo trợ trẻ em xã Cư Suê", "Thôn 1, xã Cư Suê, Cư M'gar, Đắk Lắk", null, "H'Hen Niê",
                "Chủ tịch", ReceiptPaper.A5, true, Money.ZERO, new ThankYouTiming(0, null), null)));
        CampaignDetails campaign = activeCampaign(unit);
        String manager = newStaff(Role.FUND_MANAGER, unit, "Võ Thị Hằng");
        String accountant = newStaff(Role.ACCOUNTANT, unit, "Lương Văn Tú");
        String leaverEmail = "y.leaver-" + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        String stayerEmail = "h.stayer-" + UUID.randomUUID().toString().substring(0, 6) + "@example.vn";
        long leaver = donor(manager, unit, "Y Moan Êban", leaverEmail);
        long stayer = donor(manager, unit, "H'Linh Mlô", stayerEmail);
        YearMonth lastMonth = YearMonth.from(CampaignCalendar.today()).minusMonths(1);
        LocalDate today = CampaignCalendar.today();
        give(accountant, campaign, leaver, 1_500_000, lastMonth.atDay(10));
        give(accountant, campaign, stayer, 800_000, lastMonth.atDay(12));

        digests.queue(lastMonth);
        dispatcher.drain();

        MimeMessage digest = TestMail.awaitMessageTo(leaverEmail, "tháng");
        assertThat(digest.getSubject()).contains(lastMonth.getMonthValue() + "/" + lastMonth.getYear());
        assertThat(header(digest, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        Matcher link = UNSUBSCRIBE_PATH.matcher(TestMail.text(digest));
        assertThat(link.find()).as("the unsubscribe link in the digest").isTrue();
        assertThat(header(digest, "List-Unsubscribe")).contains(link.group(1));

        browser.get(url(link.group(1)));
        UnsubscribePage page = new UnsubscribePage(browser).unsubscribe();
        assertThat(page.offersUndo()).isTrue();
        screenshot("digest-unsubscribed-vi");
        assertThat(as(manager, () -> donors.profile(leaver)).consents(ConsentCategory.PROGRESS_UPDATES)).isFalse();

        give(accountant, campaign, leaver, 2_000_000, today);
        give(accountant, campaign, stayer, 600_000, today);
        YearMonth thisMonth = YearMonth.from(today);
        digests.queue(thisMonth);
        dispatcher.drain();

        assertThat(queued("digest:" + thisMonth + ":donor:" + stayer)).as("the run wrote to who still agrees").isOne();
        assertThat(queued("digest:" + thisMonth + ":donor:" + leaver)).as("and skipped who unsubscribed").isZero();
        long payment = jdbc.sql("SELECT id FROM payment WHERE donor_id = ? AND received_on = ?")
                .params(leaver, today).query(Long.class).single();
        String thankYou = "thank-you:payment:" + payment;
        awaitSent(thankYou);
        String messageId = jdbc.sql("SELECT message_id FROM email_message WHERE dedup_key = ?").param(thankYou)
                .query(String.class).single();
        assertThat(java.util.Arrays.stream(TestMail.server().getReceivedMessages())
                .filter(message -> messageId.equals(TestMail.messageIdOf(message))))
                .singleElement().satisfies(message -> {
                    assertThat(TestMail.recipientOf(message)).isEqualTo(leaverEmail);
                    assertThat(TestMail.text(message)).contains("2.000.000 ₫");
                });
    }

    private long donor(String manager, FundUnitRef unit, String name, String email) {
        return as(manager, () -> donors.create(unit.id(), new IndividualDetails(name, email, null, null, "vi", false),
                Set.of(ConsentCategory.PROGRESS_UPDATES))).id();
    }

    private void give(String accountant, CampaignDetails campaign, long donorId, long amount, LocalDate on) {
        as(accountant, () -> payments.record(new PaymentEntry(PaymentMethod.CASH, Money.vnd(amount), on, null,
                campaign.id(), null, donorId, null, null, null)));
    }

    private long queued(String dedupKey) {
        return jdbc.sql("SELECT COUNT(*) FROM email_message WHERE dedup_key = ?").param(dedupKey).query(Long.class)
                .single();
    }

    /** The thank-you is queued after the payment commits (an event listener), then sent. */
    private void awaitSent(String dedupKey) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!"SENT".equals(jdbc.sql("SELECT status FROM email_message WHERE dedup_key = ?").param(dedupKey)
                .query(String.class).optional().orElse(null))) {
            assertThat(System.currentTimeMillis()).as("sent: " + dedupKey).isLessThan(deadline);
            dispatcher.drain();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
