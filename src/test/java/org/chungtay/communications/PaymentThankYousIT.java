package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.chungtay.campaigns.CampaignCalendar;
import org.chungtay.campaigns.CampaignDetails;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitSettingsEntry;
import org.chungtay.funds.FundUnitSettingsService;
import org.chungtay.funds.QuietHours;
import org.chungtay.funds.ReceiptPaper;
import org.chungtay.funds.ThankYouTiming;
import org.chungtay.payments.PaymentEntry;
import org.chungtay.payments.PaymentMethod;
import org.chungtay.payments.PaymentService;
import org.chungtay.payments.PaymentSummary;
import org.chungtay.payments.StatementImportService;
import org.chungtay.payments.StatementPreview;
import org.chungtay.payments.statements.StatementLayout;
import org.chungtay.payments.statements.StatementReader;
import org.chungtay.pledges.Commitment;
import org.chungtay.pledges.InstalmentPlan;
import org.chungtay.pledges.PledgeService;
import org.chungtay.pledges.PledgeSubmission;
import org.chungtay.shared.Money;
import org.chungtay.shared.Role;
import org.chungtay.shared.SystemActor;
import org.chungtay.shared.VietnamTime;
import org.chungtay.support.IntegrationTest;
import org.chungtay.support.PdfText;
import org.chungtay.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A payment's thank-you and its receipt's email, queued by the listeners after the payment's commit (DD021). */
class PaymentThankYousIT extends IntegrationTest {

    private static final ThankYouTiming HALF_AN_HOUR_ANY_TIME = new ThankYouTiming(30, null);

    @Autowired
    PaymentService payments;

    @Autowired
    PledgeService pledges;

    @Autowired
    FundUnitSettingsService unitSettings;

    @Autowired
    StatementImportService imports;

    @Autowired
    PaymentLetters letters;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theThankYouIsDueAfterTheUnitsDelayInTheDonorsLanguageAndTheReceiptGoesWithIt() {
        Fund fund = fund(HALF_AN_HOUR_ANY_TIME);
        Pledge pledge = pledge(fund, Locale.ENGLISH);

        PaymentSummary payment = record(fund, pledge, 2_000_000);

        Queued thankYou = awaitQueued("thank-you:payment:" + payment.id());
        assertThat(thankYou.recipient()).isEqualTo(pledge.email());
        assertThat(thankYou.language()).isEqualTo("en");
        assertThat(thankYou.subject()).startsWith("Thank you");
        assertThat(thankYou.status()).isEqualTo("QUEUED");
        assertThat(Duration.between(recordedAt(payment.id()).plus(Duration.ofMinutes(30)), thankYou.due()).abs())
                .isLessThanOrEqualTo(Duration.ofSeconds(1));
        Queued receipt = awaitQueued("receipt:" + payment.receiptId());
        assertThat(receipt.due()).as("a receipt issued on recording goes with the thank-you").isEqualTo(thankYou.due());
    }

    @Test
    void quietHoursMoveTheThankYouToTheirEnd() {
        LocalTime now = LocalTime.now(VietnamTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        QuietHours aroundNow = new QuietHours(now.minusHours(1), now.plusHours(2));
        Fund fund = fund(new ThankYouTiming(0, aroundNow));
        Pledge pledge = pledge(fund, Locale.of("vi"));

        PaymentSummary payment = record(fund, pledge, 1_000_000);

        Queued thankYou = awaitQueued("thank-you:payment:" + payment.id());
        Instant quietEnds = aroundNow.firstInstantOutside(recordedAt(payment.id()));
        assertThat(LocalDateTime.ofInstant(quietEnds, VietnamTime.ZONE).toLocalTime()).isEqualTo(aroundNow.end());
        assertThat(Duration.between(quietEnds, thankYou.due()).abs()).isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(thankYou.due()).isAfter(Instant.now().plus(Duration.ofMinutes(100)));
    }

    @Test
    void aPaymentReversedWithinTheDelaySendsNeitherThankYouNorReceipt() {
        Fund fund = fund(HALF_AN_HOUR_ANY_TIME);
        Pledge pledge = pledge(fund, Locale.of("vi"));
        PaymentSummary payment = record(fund, pledge, 3_000_000);
        awaitQueued("thank-you:payment:" + payment.id());
        awaitQueued("receipt:" + payment.receiptId());

        as(fund.accountant(), () -> payments.reverse(payment.id(), "Ghi nhầm số tiền"));

        assertThat(awaitStatus("thank-you:payment:" + payment.id(), "CANCELLED")).isEqualTo("CANCELLED");
        assertThat(awaitStatus("receipt:" + payment.receiptId(), "CANCELLED")).isEqualTo("CANCELLED");
    }

    @Test
    void anEventHandedOverAgainQueuesNoSecondThankYou() {
        Fund fund = fund(HALF_AN_HOUR_ANY_TIME);
        Pledge pledge = pledge(fund, Locale.of("vi"));
        PaymentSummary payment = record(fund, pledge, 500_000);
        awaitQueued("thank-you:payment:" + payment.id());

        // What the listener does with the event again, here and now rather than on its executor.
        transactions.executeWithoutResult(status -> SystemActor.run(() -> letters.thank(List.of(payment.id()))));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_message WHERE recipient = ? AND dedup_key LIKE 'thank-you:%'")
                .param(pledge.email()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theReceiptEmailCarriesTheReceiptsPdfMadeWhenItIsSent() throws Exception {
        Fund fund = fund(new ThankYouTiming(0, null));
        Pledge pledge = pledge(fund, Locale.ENGLISH);
        PaymentSummary payment = record(fund, pledge, 2_500_000);
        awaitQueued("receipt:" + payment.receiptId());
        // Queued by another listener: on a busy machine it may come after the receipt's.
        awaitQueued("thank-you:payment:" + payment.id());
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM email_attachment a JOIN email_message m ON m.id = a.message_id
                WHERE m.dedup_key = ? AND a.content IS NULL AND a.receipt_id = ?""")
                .params("receipt:" + payment.receiptId(), payment.receiptId()).query(Long.class).single())
                .as("the PDF is not stored with the email: it is made as the email is sent").isOne();

        dispatcher.drain();

        MimeMessage[] received = awaitMessages(pledge.email(), 2);
        MimeMessage receipt = List.of(received).stream().filter(message -> subject(message).startsWith("Receipt"))
                .findFirst().orElseThrow();
        BodyPart pdf = attachment(receipt).orElseThrow();
        assertThat(pdf.getFileName()).isEqualTo("bien-nhan-" + payment.receiptNumber().replace('/', '-') + ".pdf");
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(PdfText.of(pdf.getInputStream().readAllBytes())).contains(payment.receiptNumber());
        MimeMessage thankYou = List.of(received).stream().filter(message -> subject(message).startsWith("Thank you"))
                .findFirst().orElseThrow();
        assertThat(attachment(thankYou)).isEmpty();
    }

    @Test
    void theThankYousOfAnImportedStatementAreQueuedBatchByBatch() {
        Fund fund = fund(HALF_AN_HOUR_ANY_TIME);
        List<Pledge> pledged = List.of(pledge(fund, Locale.of("vi")), pledge(fund, Locale.ENGLISH),
                pledge(fund, Locale.of("vi")));
        StringBuilder statement = new StringBuilder("Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Số dư,"
                + "Mô tả,Tên đối ứng,Tài khoản đối ứng\n");
        for (int i = 0; i < pledged.size(); i++) {
            statement.append(CampaignCalendar.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))).append(",FT")
                    .append(UUID.randomUUID().toString(), 0, 8).append(",,\"1.000.000\",,\"")
                    .append(pledged.get(i).reference()).append(" ung ho\",NGUYEN VAN ").append(i).append(",001100123\n");
        }
        StatementPreview preview = as(fund.accountant(), () -> imports.preview(new StatementReader().read(
                new ByteArrayInputStream(statement.toString().getBytes(StandardCharsets.UTF_8)), "vcb.csv",
                StatementLayout.VIETCOMBANK, null), "vcb.csv", fund.unit().id()));

        as(fund.accountant(), () -> imports.importStatement(preview, false));

        for (Pledge pledge : pledged) {
            long paymentId = jdbc.sql("SELECT id FROM payment WHERE pledge_id = ?").param(pledge.id())
                    .query(Long.class).single();
            Queued thankYou = awaitQueued("thank-you:payment:" + paymentId);
            assertThat(thankYou.recipient()).isEqualTo(pledge.email());
            assertThat(thankYou.language()).isEqualTo(pledge.language().getLanguage());
            long receiptId = awaitReceipt(paymentId);
            assertThat(awaitQueued("receipt:" + receiptId).due()).isEqualTo(thankYou.due());
        }
    }

    // ---------------------------------------------------------------- helpers

    private record Fund(FundUnitRef unit, CampaignDetails campaign, String accountant) {
    }

    private record Pledge(long id, String reference, String email, Locale language) {
    }

    private record Queued(String recipient, String language, String subject, String status, Instant due) {
    }

    private Fund fund(ThankYouTiming timing) {
        FundUnitRef unit = newUnit("Quỹ xã Cư Suê");
        String code = "TY" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        SystemActor.run(() -> unitSettings.saveSettings(unit.id(), new FundUnitSettingsEntry(code,
                "Quỹ Bảo trợ trẻ em " + unit.name(), "Buôn Ma Thuột, Đắk Lắk", null, "Nguyễn Văn Ký", "Giám đốc",
                ReceiptPaper.A5, true, Money.ZERO, timing, null)));
        return new Fund(unit, activeCampaign(unit), newStaff(Role.ACCOUNTANT, unit, "Kế toán Cư Suê"));
    }

    private Pledge pledge(Fund fund, Locale language) {
        String email = "thanks-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        long id = pledges.submitOnline(fund.campaign().slug(), new PledgeSubmission(UUID.randomUUID().toString(), "",
                Commitment.donation(Money.vnd(5_000_000), null), InstalmentPlan.oneOff(CampaignCalendar.today()), false,
                null, "Trần Thị Mai", null, null, email, null, null, language, false, false, false),
                "10.4.0." + (int) (Math.random() * 200)).id();
        SystemActor.run(() -> pledges.confirm(id));
        String reference = jdbc.sql("SELECT reference FROM pledge WHERE id = ?").param(id).query(String.class).single();
        return new Pledge(id, reference, email, language);
    }

    private PaymentSummary record(Fund fund, Pledge pledge, long amount) {
        return as(fund.accountant(), () -> payments.record(new PaymentEntry(PaymentMethod.BANK_TRANSFER,
                Money.vnd(amount), CampaignCalendar.today(), pledge.reference(), null, null, null,
                "FT" + UUID.randomUUID().toString().substring(0, 8), null, null)));
    }

    private Instant recordedAt(long paymentId) {
        return jdbc.sql("SELECT recorded_at FROM payment WHERE id = ?").param(paymentId)
                .query((row, n) -> row.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC)).single();
    }

    private Optional<Queued> queued(String dedupKey) {
        return jdbc.sql("SELECT recipient, language, subject, status, next_attempt_at FROM email_message"
                        + " WHERE dedup_key = ?").param(dedupKey)
                .query((row, n) -> new Queued(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC)))
                .optional();
    }

    private Queued awaitQueued(String dedupKey) {
        return await(() -> queued(dedupKey)).orElseThrow(() -> new AssertionError("no message " + dedupKey));
    }

    private String awaitStatus(String dedupKey, String status) {
        return await(() -> queued(dedupKey).map(Queued::status).filter(status::equals)).orElse("not " + status);
    }

    private long awaitReceipt(long paymentId) {
        return await(() -> jdbc.sql("SELECT id FROM receipt WHERE payment_id = ?").param(paymentId).query(Long.class)
                .optional()).orElseThrow();
    }

    /** What the listeners have done, once they have: asked again for up to 20 s. */
    private static <T> Optional<T> await(Supplier<Optional<T>> done) {
        long deadline = System.currentTimeMillis() + 20_000;
        Optional<T> found = done.get();
        while (found.isEmpty() && System.currentTimeMillis() < deadline) {
            sleep();
            found = done.get();
        }
        return found;
    }

    private static MimeMessage[] awaitMessages(String recipient, int count) {
        long deadline = System.currentTimeMillis() + 20_000;
        MimeMessage[] found = messagesTo(recipient);
        while (found.length < count && System.currentTimeMillis() < deadline) {
            sleep();
            found = messagesTo(recipient);
        }
        return found;
    }

    private static MimeMessage[] messagesTo(String recipient) {
        return List.of(TestMail.server().getReceivedMessages()).stream()
                .filter(message -> TestMail.recipientOf(message).equals(recipient)).toArray(MimeMessage[]::new);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<BodyPart> attachment(MimeMessage message) throws Exception {
        if (!(message.getContent() instanceof Multipart parts)) {
            return Optional.empty();
        }
        for (int i = 0; i < parts.getCount(); i++) {
            if (BodyPart.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                return Optional.of(parts.getBodyPart(i));
            }
        }
        return Optional.empty();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
