package org.chungtay.payments;

import java.util.Optional;

/**
 * The pledges a payment can be recorded against, provided by the pledges module, so that payments does
 * not depend on pledges while pledges reacts to payments' events.
 */
public interface PaymentTargets {

    /** The pledge with this reference code (as typed: spaces, case and dashes do not matter), whoever's it is. */
    Optional<PaymentTarget> byReference(String reference);
}
