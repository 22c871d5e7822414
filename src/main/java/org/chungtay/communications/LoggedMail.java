package org.chungtay.communications;

import java.time.Instant;

/** A message as a row of the delivery log. {@code kind} is null for messages queued before kinds existed. */
public record LoggedMail(long id, Instant createdAt, String recipient, MessageKind kind, String subject,
        MailStatus status, int attempts, Instant sentAt) {
}
