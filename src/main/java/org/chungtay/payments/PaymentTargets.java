package org.chungtay.payments;

import java.util.List;
import java.util.Optional;

/**
 * The pledges a payment can be recorded against, provided by the pledges module, so that payments does
 * not depend on pledges while pledges reacts to payments' events.
 */
public interface PaymentTargets {

    /** The pledge with this reference code (as typed: spaces, case and dashes do not matter), whoever's it is. */
    Optional<PaymentTarget> byReference(String reference);

    /** The first well-formed pledge reference in a transfer note, however the bank wrote it, canonical. */
    Optional<String> referenceIn(String transferNote);

    /** Every pledge of the subtree that still waits for money, for matching a statement against; not paged. */
    List<OpenPledge> open(String subtreePath);
}
