package org.chungtay.communications;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A message that the embedded SMTP server of zero-setup mode received, as a mail client would show it: its
 * headers, the HTML and text parts and the attached files. {@code number} counts from the first message the
 * server received (1), so it stays the same while more arrive.
 */
public record CapturedMessage(int number, Instant receivedAt, String from, String to, String subject,
        String messageId, List<Map.Entry<String, String>> headers, String bodyHtml, String bodyText,
        List<MailAttachment> attachments) {

    /** A captured message as a row of the list, without its parts. */
    public record Summary(int number, Instant receivedAt, String from, String to, String subject) {
    }
}
