package org.chungtay.communications;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where other modules put the emails their changes cause. Called from their services, inside their
 * transactions (never from views): the message is committed or rolled back with the change.
 */
@Component
public class Outbox {

    private final EmailMessageRepository messages;
    private final MailTemplates templates;

    Outbox(EmailMessageRepository messages, MailTemplates templates) {
        this.messages = messages;
        this.templates = templates;
    }

    /** Queues the email unless one with the same dedup key was queued before. */
    @Transactional
    public void enqueue(OutgoingEmail email) {
        if (email.dedupKey() != null && messages.existsByDedupKey(email.dedupKey())) {
            return;
        }
        MailTemplates.Rendered rendered = templates.render(email.template(), email.language(), email.values());
        messages.save(new EmailMessage(email, rendered.subject(), rendered.body(), Instant.now()));
    }
}
