package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.chungtay.communications.SmtpFailure.Kind;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;

/** What a failed attempt means, from JavaMail's exceptions as SMTPTransport throws them, and how long a message waits. */
class DeliveryRulesTest {

    private static final Instant FIRST_FAILURE = Instant.parse("2026-06-05T10:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(3);

    @Test
    void aRecipientRefusedWith5xxFailsForGoodAndWith4xxWaits() throws Exception {
        assertThat(SmtpFailure.of(refusedRecipient(550, "550 5.1.1 <a@example.vn>: user unknown")))
                .isEqualTo(new SmtpFailure(Kind.PERMANENT, "550 5.1.1 <a@example.vn>: user unknown"));
        assertThat(SmtpFailure.of(refusedRecipient(553, "553 5.1.3 bad address")).kind()).isEqualTo(Kind.PERMANENT);
        assertThat(SmtpFailure.of(refusedRecipient(452, "452 4.2.2 mailbox full")).kind()).isEqualTo(Kind.TEMPORARY);
        assertThat(SmtpFailure.of(refusedRecipient(450, "450 4.7.1 greylisted, try again later")).kind())
                .isEqualTo(Kind.TEMPORARY);
    }

    @Test
    void theMessagesDataRefusedWith5xxFailsForGoodAndWith4xxWaits() {
        assertThat(SmtpFailure.of(refusedCommand(".", 554, "554 5.7.1 message refused")).kind()).isEqualTo(Kind.PERMANENT);
        assertThat(SmtpFailure.of(refusedCommand(".", 451, "451 4.3.0 try later")).kind()).isEqualTo(Kind.TEMPORARY);
        assertThat(SmtpFailure.of(refusedCommand("DATA", 552, "552 too big")).kind()).isEqualTo(Kind.PERMANENT);
    }

    @Test
    void aServerThatCannotBeReachedClosesOrRefusesOurSenderFailsTheWholeBatchForNow() throws Exception {
        assertThat(SmtpFailure.of(new MailConnectException(new SocketConnectException("Connection refused",
                new ConnectException("Connection refused"), "127.0.0.1", 1, 2000))).kind()).isEqualTo(Kind.SERVER);
        assertThat(SmtpFailure.of(new MessagingException("Could not connect to SMTP host: 127.0.0.1, port: 25, response: 421"))
                .kind()).isEqualTo(Kind.SERVER);
        assertThat(SmtpFailure.of(new MessagingException("Exception reading response", new IOException("Read timed out")))
                .reply()).isEqualTo("Exception reading response: Read timed out");
        assertThat(SmtpFailure.of(refusedRecipient(421, "421 4.3.2 shutting down")).kind()).isEqualTo(Kind.SERVER);
        assertThat(SmtpFailure.of(refusedCommand(".", -1, "[EOF]")).kind()).isEqualTo(Kind.SERVER);
        SMTPSendFailedException sender = refusedCommand("MAIL FROM:<no-reply@chungtay.local>", 550, "550 5.7.1 sender refused");
        sender.setNextException(new SMTPSenderFailedException(new InternetAddress("no-reply@chungtay.local"),
                "MAIL FROM:<no-reply@chungtay.local>", 550, "550 5.7.1 sender refused"));
        assertThat(SmtpFailure.of(sender).kind()).isEqualTo(Kind.SERVER);
        assertThat(SmtpFailure.of(new IllegalStateException("Not connected")).kind()).isEqualTo(Kind.SERVER);
    }

    @Test
    void anAddressThatIsNotOneFailsForGood() {
        assertThat(SmtpFailure.of(new AddressException("Missing final '@domain'", "mai.tran")).kind())
                .isEqualTo(Kind.PERMANENT);
    }

    @Test
    void waitsDoubleFromOneMinuteUpToOneHourAndTheLastAttemptIsWhenTheWindowEnds() {
        List<Duration> waits = new ArrayList<>();
        Instant now = FIRST_FAILURE;
        Instant next;
        while ((next = OutboxDispatcher.nextAttempt(FIRST_FAILURE, now, WINDOW)) != null) {
            waits.add(Duration.between(now, next));
            now = next;
        }

        assertThat(waits.subList(0, 10)).containsExactly(minutes(1), minutes(1), minutes(2), minutes(4), minutes(8),
                minutes(16), minutes(32), minutes(60), minutes(60), minutes(60));
        assertThat(now).as("the last attempt").isEqualTo(FIRST_FAILURE.plus(WINDOW));
        assertThat(waits).hasSize(78);
        assertThat(OutboxDispatcher.nextAttempt(FIRST_FAILURE, FIRST_FAILURE.plus(Duration.ofHours(60)), WINDOW))
                .as("a server down from Friday evening to Monday morning").isNotNull();
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    /** As SMTPTransport.rcptTo throws it for a message with one recipient. */
    private static SendFailedException refusedRecipient(int code, String reply) throws AddressException {
        InternetAddress address = new InternetAddress("a@example.vn");
        SMTPAddressFailedException refused = new SMTPAddressFailedException(address, "RCPT TO:<a@example.vn>", code, reply);
        return new SendFailedException("Invalid Addresses", refused, null, null, new InternetAddress[] {address});
    }

    private static SMTPSendFailedException refusedCommand(String command, int code, String reply) {
        return new SMTPSendFailedException(command, code, reply, null, null, null, null);
    }
}
