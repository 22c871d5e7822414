package org.chungtay.ledger;

import java.time.Instant;

/**
 * A disbursement above its unit's threshold waits for a fund manager's approval; the communications module
 * writes to the unit's fund managers. It carries what the message says, no child's name (the description is a
 * pseudonym at most). The amount is in đồng.
 */
public record DisbursementAwaitingApproval(long disbursementId, long fundUnitId, String fundUnitPath, long amount,
        String descriptionVi, String descriptionEn, String requestedBy, Instant requestedAt) {
}
