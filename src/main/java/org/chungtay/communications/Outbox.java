package org.chungtay.communications;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

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
    private final UnsubscribeLinks unsubscribe;
    private final MailSuppressions suppressions;

    Outbox(EmailMessageRepository messages, MailTemplates templates, OutboxStore store, MailDeliverySettings settings,
            UnsubscribeLinks unsubscribe, MailSuppressions suppressions) {
        this.messages = messages;
        this.templates = templates;
        this.store = store;
        this.settings = settings;
        this.unsubscribe = unsubscribe;
        this.suppressions = suppressions;
    }

    /**
     * Queues the email unless one with the same dedup key was queued before, or is being queued by another
     * transaction at this moment: then this call waits for that one and, if it commits, queues nothing, without
     * an error (DD020). It is rendered now with the template of its kind in use now (subject, text and HTML
     * are stored, so the letter sent is the letter decided), and gets its Message-ID now, kept for every attempt.
     * A non-transactional message must name its donor: it gets the signed link that withdraws their consent to
     * its category, as {@value MessageKind#UNSUBSCRIBE_URL} and in its {@code List-Unsubscribe} header. A
     * non-transactional message to an address on the suppression list ({@link MailSuppressions}: mail to it came
     * back for good, or its owner complained) is not queued at all, and leaves no row; a transactional one
     * (receipt, thank-you, sign-in link) is queued whatever the list says.
     */
    @Transactional
    public void enqueue(OutgoingEmail email) {
        if (email.dedupKey() != null && messages.existsByDedupKey(email.dedupKey())) {
            return;
        }
        Map<String, Object> values = email.values();
        String listUnsubscribe = null;
        if (email.category() != MessageCategory.TRANSACTIONAL) {
            if (email.donorId() == null) {
                throw new IllegalArgumentException(email.kind() + " needs the donor whose consent it relies on");
            }
            if (suppressions.isSuppressed(email.recipient())) {
                return;
            }
            values = new HashMap<>(values);
            values.put(MessageKind.UNSUBSCRIBE_URL, unsubscribe.unsubscribeUrl(email.donorId(), email.category()));
            listUnsubscribe = unsubscribe.listUnsubscribeHeader(email.donorId(), email.category());
        }
        MailTemplates.Rendered rendered = templates.render(email.kind(), email.language(), values, email.fundUnitId());
        store.insert(new EmailMessage(email, rendered, listUnsubscribe, Instant.now()),
                OutboxStore.newMessageId(settings.messageIdDomain()), email.attachments());
    }

    /**
     * Withdraws a queued message that has not gone yet, such as the thank-you for a payment reversed within
     * the delay. A message on the wire at this moment, or already sent, stays as it is.
     *
     * @return whether a message was withdrawn
     */
    @Transactional
    public boolean cancel(String dedupKey) {
        return store.cancel(dedupKey, Instant.now());
    }
}
