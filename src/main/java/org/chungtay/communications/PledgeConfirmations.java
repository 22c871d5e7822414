package org.chungtay.communications;

import org.chungtay.pledges.PledgeSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the confirmation email of an online pledge. Synchronous, so it runs inside the submitting
 * transaction: the message row is committed with the pledge or not at all, and no event can be lost
 * between the two (DD013). The dedup key, one per pledge reference, keeps a replayed event from
 * queueing a second email.
 */
@Component
class PledgeConfirmations {

    private final Outbox outbox;

    PledgeConfirmations(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(PledgeSubmitted pledge) {
        outbox.enqueue(new OutgoingEmail(MessageKind.PLEDGE_CONFIRMATION, pledge.contactEmail(), pledge.language(),
                pledge.confirmationValues(), "pledge-confirmation:" + pledge.reference(), pledge.fundUnitId()));
    }
}
