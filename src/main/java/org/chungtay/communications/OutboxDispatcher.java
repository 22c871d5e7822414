package org.chungtay.communications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due messages. The rows stay locked while they are sent, so two nodes never send the same
 * message; a node that dies after the SMTP server accepted a message but before the row was
 * marked sends it again after restart (at least once, never lost).
 */
@Component
class OutboxDispatcher {

    static final int BATCH = 50;
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final EmailMessageRepository messages;
    private final JavaMailSender mail;
    private final TransactionTemplate transactions;
    private final String from;

    OutboxDispatcher(EmailMessageRepository messages, JavaMailSender mail, TransactionTemplate transactions,
            @Value("${chungtay.mail.from}") String from) {
        this.messages = messages;
        this.mail = mail;
        this.transactions = transactions;
        this.from = from;
    }

    /** Sends up to one batch of due messages; returns how many were accepted by the SMTP server. */
    int dispatchDue(Instant now) {
        Integer sent = transactions.execute(status -> {
            List<EmailMessage> due = messages.findAllById(messages.lockDue(now, BATCH));
            int accepted = 0;
            for (EmailMessage message : due) {
                try {
                    mail.send(mime(message));
                    message.sent(now);
                    accepted++;
                } catch (MailException | MessagingException problem) {
                    message.attemptFailed(now, problem.getMessage());
                    LOG.warn("Email {} not sent (attempt {}): {}", message.id(), message.attempts(), problem.getMessage());
                }
            }
            return accepted;
        });
        return sent == null ? 0 : sent;
    }

    private MimeMessage mime(EmailMessage message) throws MessagingException {
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, message.bodyHtml() != null, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        if (message.bodyHtml() != null) {
            helper.setText(message.bodyText(), message.bodyHtml());
        } else {
            helper.setText(message.bodyText(), false);
        }
        return mime;
    }
}
