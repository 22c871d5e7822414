package org.chungtay.payments;

import java.time.Instant;
import java.time.LocalDate;

import org.chungtay.shared.Money;

/**
 * One payment as the payments list shows it; {@code reversalReason} is null while it counts, and
 * {@code receiptId} and {@code receiptNumber} are those of its standing receipt, null while it has none.
 */
public record PaymentSummary(long id, LocalDate receivedOn, PaymentMethod method, Money amount, String pledgeReference,
        String donorName, Long campaignId, String bankReference, String recordedBy, Instant recordedAt,
        String reversalReason, Long receiptId, String receiptNumber) {

    public boolean reversed() {
        return reversalReason != null;
    }
}
