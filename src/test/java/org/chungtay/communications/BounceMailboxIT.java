package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.chungtay.donors.ConsentCategory;
import org.chungtay.donors.ConsentRecord;
import org.chungtay.donors.ConsentSource;
import org.chungtay.donors.DonorService;
import org.chungtay.donors.IndividualDetails;
import org.chungtay.shared.SystemActor;
import org.chungtay.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bounce mailbox read over real IMAP (a GreenMail server of its own, with IMAP): a delivery status
 * notification, a complaint, a mailed unsubscribe request and an ordinary message, each acted on once.
 */
class BounceMailboxIT extends IntegrationTest {

    private static final String CRLF = "\r\n";

    @Autowired
    BounceMailbox mailbox;

    @Autowired
    DonorService donors;

    @Autowired
    UnsubscribeLinks links;

    @Autowired
    JdbcClient jdbc;

    private GreenMail imap;
    private GreenMailUser bounces;
    private BounceMailboxSettings settings;

    @BeforeEach
    void startMailbox() {
        imap = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)}));
        imap.start();
        bounces = imap.setUser("bounces@quy.example.vn", "bounces", "mailbox-secret");
        settings = new BounceMailboxSettings("127.0.0.1", imap.getImap().getPort(), "bounces", "mailbox-secret", false,
                "INBOX");
    }

    @AfterEach
    void stopMailbox() {
        imap.stop();
    }

    @Test
    void bouncesComplaintsAndUnsubscribeRequestsAreActedOnOnceAndOtherMailIsLeftAlone() throws Exception {
        String gone = "gone-" + UUID.randomUUID() + "@example.vn";
        String full = "full-" + UUID.randomUUID() + "@example.vn";
        String complainer = "complainer-" + UUID.randomUUID() + "@example.vn";
        long donor = SystemActor.call(() -> donors.create(root().id(), new IndividualDetails("Lê Văn Sơn",
                "son-" + UUID.randomUUID() + "@example.vn", null, null, "vi", false),
                EnumSet.of(ConsentCategory.PROGRESS_UPDATES)).id());
        String token = links.unsubscribeToken(donor, MessageCategory.PROGRESS_UPDATES);

        deliver(deliveryStatus(gone, full));
        deliver(complaint(complainer));
        deliver(message("Subject: unsubscribe " + token, "Content-Type: text/plain", "", ""));
        deliver(message("Subject: Cảm ơn quỹ", "Content-Type: text/plain; charset=UTF-8", "", "Xin cảm ơn."));

        assertThat(mailbox.read(settings)).isEqualTo(4);

        assertThat(suppressed(gone)).containsExactly("HARD_BOUNCE BOUNCE_MAILBOX system");
        assertThat(suppressed(full)).as("a delay is no bounce").isEmpty();
        assertThat(suppressed(complainer)).containsExactly("COMPLAINT BOUNCE_MAILBOX system");
        ConsentRecord news = SystemActor.call(() -> donors.profile(donor)).consents()
                .get(ConsentCategory.PROGRESS_UPDATES);
        assertThat(news.granted()).isFalse();
        assertThat(news.source()).isEqualTo(ConsentSource.UNSUBSCRIBE_LINK);
        assertThat(news.actor()).isEqualTo("donor " + donor + ", email reply");
        long audited = jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();

        assertThat(mailbox.read(settings)).as("a second run reads nothing again").isZero();
        deliver(deliveryStatus(gone, full));
        assertThat(mailbox.read(settings)).isEqualTo(1);
        assertThat(suppressed(gone)).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single())
                .as("a repeated bounce changes nothing").isEqualTo(audited);
    }

    private List<String> suppressed(String address) {
        return jdbc.sql("SELECT reason, source, suppressed_by FROM mail_suppression WHERE address = :address")
                .param("address", address)
                .query((row, number) -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3)).list();
    }

    private void deliver(String raw) throws Exception {
        bounces.deliver(new MimeMessage(Session.getInstance(new java.util.Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
    }

    private static String deliveryStatus(String failed, String delayed) {
        return message("Subject: Undelivered Mail Returned to Sender",
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"dsn\"", "",
                "--dsn", "Content-Type: text/plain", "", "Your message could not be delivered.", "",
                "--dsn", "Content-Type: message/delivery-status", "",
                "Reporting-MTA: dns; mx.example.vn", "",
                "Final-Recipient: rfc822; " + failed, "Action: failed", "Status: 5.1.1",
                "Diagnostic-Code: smtp; 550 5.1.1 user unknown", "",
                "Final-Recipient: rfc822; " + delayed, "Action: delayed", "Status: 4.2.2", "",
                "--dsn--", "");
    }

    private static String complaint(String complainer) {
        return message("Subject: Abuse report",
                "Content-Type: multipart/report; report-type=feedback-report; boundary=\"arf\"", "",
                "--arf", "Content-Type: text/plain", "", "This is an email abuse report.", "",
                "--arf", "Content-Type: message/feedback-report", "",
                "Feedback-Type: abuse", "User-Agent: ExampleFBL/1.0", "Version: 1",
                "Original-Rcpt-To: <" + complainer + ">", "",
                "--arf", "Content-Type: message/rfc822", "",
                "From: no-reply@chungtay.local", "To: " + complainer, "Subject: Tháng hành động vì trẻ em", "",
                "Appeal.", "--arf--", "");
    }

    private static String message(String... lines) {
        return String.join(CRLF, List.of("From: mailer-daemon@mx.example.vn", "To: bounces@quy.example.vn",
                "MIME-Version: 1.0")) + CRLF + String.join(CRLF, lines) + CRLF;
    }
}
