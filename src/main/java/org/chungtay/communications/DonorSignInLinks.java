package org.chungtay.communications;

import java.util.Map;

import org.chungtay.donorportal.SignInLinkRequested;
import org.chungtay.funds.FundUnitRef;
import org.chungtay.funds.FundUnitService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the email with a donor's sign-in link. Synchronous, inside the transaction that stored the link's hash,
 * so that the link is never written anywhere but into its message (DD029); the delivery log never shows the body
 * of such a message ({@link DeliveryLogService}).
 */
@Component
class DonorSignInLinks {

    private final Outbox outbox;
    private final FundUnitService fundUnits;

    DonorSignInLinks(Outbox outbox, FundUnitService fundUnits) {
        this.outbox = outbox;
        this.fundUnits = fundUnits;
    }

    @EventListener
    void on(SignInLinkRequested link) {
        Map<String, Object> values = Map.of(
                "signInUrl", link.signInUrl(),
                "validMinutes", String.valueOf(link.validMinutes()),
                "fundUnitName", fundUnits.findPublic(link.fundUnitId()).map(FundUnitRef::name).orElse(""));
        outbox.enqueue(new OutgoingEmail(MessageKind.DONOR_SIGN_IN_LINK, link.email(), link.language(), values,
                link.dedupKey(), link.fundUnitId()).about(link.donorId(), null));
    }
}
