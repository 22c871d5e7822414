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

    /**
     * Queues the email unless one with the same dedup key was queued before, rendered now with the template
     * of its kind in use now (subject, text and HTML are stored, so the letter sent is the letter decided).
     */
    @Transactional
    public void enqueue(OutgoingEmail email) {
        if (email.dedupKey() != null && messages.existsByDedupKey(email.dedupKey())) {
            return;
        }
        MailTemplates.Rendered rendered = templates.render(email.kind(), email.language(), email.values(),
                email.fundUnitId());
        messages.save(new EmailMessage(email, rendered, Instant.now()));
    }
}
