package org.chungtay.payments;

import java.util.List;

/**
 * Receipts were issued for the payments of an imported statement's batch ({@link PaymentsRecorded}), each told
 * as it would be alone: one event per batch, so that the registry keeps one row per batch, not one per receipt.
 */
public record ReceiptsIssued(List<ReceiptIssued> receipts) {

    public ReceiptsIssued {
        receipts = List.copyOf(receipts);
    }
}
