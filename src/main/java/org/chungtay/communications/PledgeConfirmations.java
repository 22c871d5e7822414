package org.chungtay.communications;

import org.chungtay.pledges.PledgeSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the confirmation email of an online pledge and, when the visitor ticked news on the form, the
 * separate email whose link confirms that the owner of the address asked for it (double opt-in). Synchronous, so it runs inside the submitting
 * transaction: the message row is committed with the pledge or not at all, and no event can be lost
 * between the two (DD013). The dedup keys, one per pledge reference, keep a replayed event from
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
        if (!pledge.optInValues().isEmpty()) {
            outbox.enqueue(new OutgoingEmail(MessageKind.OPT_IN_CONFIRMATION, pledge.contactEmail(), pledge.language(),
                    pledge.optInValues(), "opt-in-confirmation:" + pledge.reference(), pledge.fundUnitId()));
        }
    }
}
