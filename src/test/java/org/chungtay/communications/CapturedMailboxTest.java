package org.chungtay.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * Captured mail reads what an embedded GreenMail server received, as zero-setup mode starts one
 * (setup.CapturedMail); here the server is made by the test, on a free port, and real mail is sent to it.
 */
class CapturedMailboxTest {

    private GreenMail server;
    private CapturedMailbox mailbox;

    @BeforeEach
    void startServer() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        mailbox = new CapturedMailbox(new StaticListableBeanFactory(Map.of("capturedMailServer", server))
                .getBeanProvider(GreenMail.class));
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void listsWhatTheServerReceivedNewestFirstAndOpensOneAsAMailClientShowsIt() throws Exception {
        send("mai@example.vn", "Cảm ơn nhà hảo tâm", "<p>Kính gửi <b>chị Mai</b></p>", "Kính gửi chị Mai", false);
        send("son@example.vn", "Biên nhận DL-BMT/2027/17", "<p>Biên nhận</p>", "Biên nhận", true);
        send("lan@example.vn", "Thư thứ ba", "<p>Ba</p>", "Ba", false);

        assertThat(mailbox.isOn()).isTrue();
        assertThat(mailbox.count()).isEqualTo(3);
        assertThat(mailbox.page(0, 2)).extracting(CapturedMessage.Summary::number, CapturedMessage.Summary::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Thư thứ ba"),
                        org.assertj.core.groups.Tuple.tuple(2, "Biên nhận DL-BMT/2027/17"));
        assertThat(mailbox.page(2, 2)).extracting(CapturedMessage.Summary::to).containsExactly("mai@example.vn");

        CapturedMessage receipt = mailbox.open(2).orElseThrow();
        assertThat(receipt.subject()).isEqualTo("Biên nhận DL-BMT/2027/17");
        assertThat(receipt.from()).isEqualTo("\"Quỹ Bảo trợ trẻ em\" <quy@chungtay.local>");
        assertThat(receipt.to()).isEqualTo("son@example.vn");
        assertThat(receipt.messageId()).isNotBlank();
        assertThat(receipt.headers()).extracting(Map.Entry::getKey).contains("Subject", "From", "To", "Message-ID");
        assertThat(receipt.headers()).as("encoded words read as a person reads them")
                .contains(Map.entry("Subject", "Biên nhận DL-BMT/2027/17"));
        assertThat(receipt.bodyHtml()).isEqualTo("<p>Biên nhận</p>");
        assertThat(receipt.bodyText()).isEqualTo("Biên nhận");
        assertThat(receipt.attachments()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("bien-nhan.pdf");
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(new String(file.content())).isEqualTo("%PDF-1.4");
        });
        assertThat(mailbox.open(4)).isEmpty();
        assertThat(mailbox.open(0)).isEmpty();
    }

    @Test
    void withoutAnEmbeddedServerCaptureIsOffAndShowsNothing() {
        CapturedMailbox off = new CapturedMailbox(new StaticListableBeanFactory().getBeanProvider(GreenMail.class));

        assertThat(off.isOn()).isFalse();
        assertThat(off.count()).isZero();
        assertThat(off.page(0, 10)).isEmpty();
        assertThat(off.open(1)).isEmpty();
    }

    private void send(String to, String subject, String html, String text, boolean withFile) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(server.getSmtp().getPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("quy@chungtay.local", "Quỹ Bảo trợ trẻ em", "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, "UTF-8", "html");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(rich);
        if (withFile) {
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new jakarta.activation.DataHandler(
                    new ByteArrayDataSource("%PDF-1.4".getBytes(), "application/pdf")));
            file.setFileName("bien-nhan.pdf");
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(file);
            message.setContent(mixed);
        } else {
            message.setContent(alternative);
        }
        Transport.send(message);
    }
}
