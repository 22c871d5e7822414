package org.chungtay.payments;

import java.util.List;

/**
 * Several payments were recorded at once, from an imported bank statement: each is told as it would be
 * alone. An import publishes them in small batches, so that the registry keeps one row per batch, not one
 * per payment, and each batch fits its row.
 */
public record PaymentsRecorded(List<PaymentRecorded> payments) {

    /** Payments per event: each is about a hundred characters as the registry stores it, in 4,000. */
    static final int BATCH = 30;

    public PaymentsRecorded {
        payments = List.copyOf(payments);
    }
}
