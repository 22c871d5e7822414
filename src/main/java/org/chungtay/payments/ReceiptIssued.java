package org.chungtay.payments;

/**
 * A receipt was issued for a payment: on recording, on request, or in place of one that was voided.
 * Carries ids and the number only; whoever needs the receipt itself asks {@link ReceiptService}. The receipts
 * of an imported statement are told in batches instead ({@link ReceiptsIssued}).
 */
public record ReceiptIssued(long receiptId, long paymentId, Long donorId, String number) {
}
