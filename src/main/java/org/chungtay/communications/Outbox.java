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
    private final OutboxStore store;
    private final MailDeliverySettings settings;

    Outbox(EmailMessageRepository messages, MailTemplates templates, OutboxStore store, MailDeliverySettings settings) {
        this.messages = messages;
        this.templates = templates;
        this.store = store;
        this.settings = settings;
    }

    /**
     * Queues the email unless one with the same dedup key was queued before, or is being queued by another
     * transaction at this moment: then this call waits for that one and, if it commits, queues nothing, without
     * an error (DD020). It is rendered now with the template of its kind in use now (subject, text and HTML
     * are stored, so the letter sent is the letter decided), and gets its Message-ID now, kept for every attempt.
     */
    @Transactional
    public void enqueue(OutgoingEmail email) {
        if (email.dedupKey() != null && messages.existsByDedupKey(email.dedupKey())) {
            return;
        }
        MailTemplates.Rendered rendered = templates.render(email.kind(), email.language(), email.values(),
                email.fundUnitId());
        store.insert(new EmailMessage(email, rendered, Instant.now()), OutboxStore.newMessageId(settings.messageIdDomain()));
    }
}
