package org.chungtay.payments;

import java.util.List;

/**
 * Several payments were recorded at once, from an imported bank statement: each is told as it would be
 * alone. An import publishes them in batches, so that the registry keeps one row per batch, not one per
 * payment; a batch is small enough that its listeners' transactions stay short (the receipts' one holds
 * its unit's receipt counter until it commits).
 */
public record PaymentsRecorded(List<PaymentRecorded> payments) {

    /** Payments per event: each is about a hundred characters as the registry stores it (V0130). */
    static final int BATCH = 250;

    public PaymentsRecorded {
        payments = List.copyOf(payments);
    }
}
