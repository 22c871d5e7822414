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
