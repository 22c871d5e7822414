package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.chungtay.support.IntegrationTest;
import org.chungtay.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox as other modules use it, sent by the portal's own dispatcher; delivery in detail: OutboxDeliveryIT. */
class OutboxIT extends IntegrationTest {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UnsubscribeLinks links;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aQueuedEmailIsSentOnceInTheRecipientsLanguage() throws Exception {
        String recipient = "donor-" + UUID.randomUUID() + "@example.vn";
        String key = "test:" + UUID.randomUUID();
        OutgoingEmail email = new OutgoingEmail(MessageKind.PAYMENT_THANK_YOU, recipient, Locale.of("vi"),
                thankYou("Công ty Cà phê Ban Mê & Cộng sự", "30.000.000 ₫"), key);

        transactions.executeWithoutResult(status -> outbox.enqueue(email));
        transactions.executeWithoutResult(status -> outbox.enqueue(email));
        dispatcher.drain();
        dispatcher.drain();

        MimeMessage[] received = awaitMessagesTo(recipient, 1);
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Cảm ơn Công ty Cà phê Ban Mê & Cộng sự đã chung tay vì trẻ em");
        assertThat(TestMail.text(received[0])).contains("Kính gửi Công ty Cà phê Ban Mê & Cộng sự,",
                "Quỹ đã nhận được khoản đóng góp 30.000.000 ₫ ngày 12/06/2027");
        assertThat(TestMail.html(received[0])).startsWith("<!DOCTYPE html>")
                .contains("Kính gửi Công ty Cà phê Ban Mê &amp; Cộng sự,", "<strong>30.000.000 ₫</strong>");
    }

    @Test
    void anEmailOfARolledBackChangeIsNeverSent() {
        String recipient = "rolled-back-" + UUID.randomUUID() + "@example.vn";
        try {
            transactions.executeWithoutResult(status -> {
                outbox.enqueue(new OutgoingEmail(MessageKind.PAYMENT_THANK_YOU, recipient, Locale.ENGLISH,
                        thankYou("Nobody", "1 VND"), null));
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // the change and its email are gone together
        }
        dispatcher.drain();

        assertThat(messagesTo(recipient)).isEmpty();
    }

    @Test
    void anAppealCarriesItsSignedUnsubscribeLinkInTheBodyAndTheOneClickHeaders() throws Exception {
        String recipient = "appeal-" + UUID.randomUUID() + "@example.vn";
        Map<String, Object> values = new java.util.HashMap<>(MessageKind.CAMPAIGN_ANNOUNCEMENT.sampleValues(Locale.ENGLISH));
        values.remove(MessageKind.UNSUBSCRIBE_URL);
        OutgoingEmail appeal = new OutgoingEmail(MessageKind.CAMPAIGN_ANNOUNCEMENT, recipient, Locale.ENGLISH, values,
                "test:" + UUID.randomUUID()).about(4242L, null);

        transactions.executeWithoutResult(status -> outbox.enqueue(appeal));
        dispatcher.drain();

        MimeMessage received = awaitMessagesTo(recipient, 1)[0];
        String header = received.getHeader("List-Unsubscribe", null);
        assertThat(header).matches("<http.*/unsubscribe/4242-appeals\\.[A-Za-z0-9_-]+>, <mailto:.+\\?subject=unsubscribe%20.+>");
        assertThat(received.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String url = header.substring(1, header.indexOf('>'));
        assertThat(TestMail.text(received)).contains(url);
        assertThat(links.readUnsubscribe(url.substring(url.lastIndexOf('/') + 1)))
                .contains(new UnsubscribeLinks.Subscription(4242, MessageCategory.APPEALS));
        assertThat(links.readUnsubscribe("4243-appeals" + url.substring(url.lastIndexOf('.')))).isEmpty();
    }

    @Test
    void aMessageWaitsForItsTimeTakesItsFileAlongAndAWithdrawnOneNeverGoes() throws Exception {
        String recipient = "later-" + UUID.randomUUID() + "@example.vn";
        String later = "test:" + UUID.randomUUID();
        String withdrawn = "test:" + UUID.randomUUID();
        OutgoingEmail thanks = new OutgoingEmail(MessageKind.PAYMENT_THANK_YOU, recipient, Locale.of("vi"),
                thankYou("Bà Mai", "500.000 ₫"), later).attaching(new MailAttachment("bien-nhan.pdf", "application/pdf",
                        "%PDF-1.4 test".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        transactions.executeWithoutResult(status -> {
            outbox.enqueue(thanks.notBefore(java.time.Instant.now().plusSeconds(3600)));
            outbox.enqueue(new OutgoingEmail(MessageKind.PAYMENT_THANK_YOU, recipient, Locale.of("vi"),
                    thankYou("Ông Sơn", "1.000.000 ₫"), withdrawn));
        });
        Boolean cancelled = transactions.execute(status -> outbox.cancel(withdrawn));
        assertThat(cancelled).isTrue();
        dispatcher.drain();
        assertThat(messagesTo(recipient)).as("nothing is due yet").isEmpty();

        jdbc.sql("UPDATE email_message SET next_attempt_at = next_attempt_at - INTERVAL 2 HOUR WHERE dedup_key = ?")
                .param(later).update();
        dispatcher.drain();

        MimeMessage received = awaitMessagesTo(recipient, 1)[0];
        assertThat(messagesTo(recipient)).hasSize(1);
        assertThat(TestMail.text(received)).contains("Bà Mai");
        assertThat(received.getContentType()).startsWith("multipart/mixed");
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) received.getContent();
        assertThat(parts.getBodyPart(parts.getCount() - 1).getFileName()).isEqualTo("bien-nhan.pdf");
        assertThat(received.getHeader("List-Unsubscribe")).as("a thank-you is transactional").isNull();
    }

    private static Map<String, Object> thankYou(String donorName, String amount) {
        return Map.of("donorName", donorName, "amount", amount, "paidOn", "12/06/2027",
                "campaignName", "Tháng hành động vì trẻ em", "reference", false, "fundUnitName", "Quỹ huyện Ea Kar",
                "pageUrl", "http://localhost/donor");
    }

    private static MimeMessage[] awaitMessagesTo(String recipient, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        MimeMessage[] found = messagesTo(recipient);
        while (found.length < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            found = messagesTo(recipient);
        }
        Thread.sleep(500);
        return messagesTo(recipient);
    }

    private static MimeMessage[] messagesTo(String recipient) {
        return Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(recipient);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }
}
