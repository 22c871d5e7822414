package org.chungtay.communications;

import java.time.Instant;
import java.util.List;

/**
 * One message as it was (or will be) sent: its headers, its state and both bodies. The HTML is the whole
 * document as rendered when it was queued; it is shown only in a sandboxed frame, never in the page.
 * {@code bodyWithheld} says that the bodies were left out because they carry a credential (a sign-in link)
 * that staff must not be able to use; they are then null.
 */
public record SentMail(long id, MessageKind kind, String subject, String from, String recipient, String messageId,
        Instant createdAt, Instant sentAt, int attempts, MailStatus status, String lastError, String bodyHtml,
        String bodyText, boolean bodyWithheld, List<Attachment> attachments, boolean resendable) {

    /** A file sent with the message, without its content (downloaded on demand). */
    public record Attachment(long id, String fileName, String contentType, long size) {
    }
}
