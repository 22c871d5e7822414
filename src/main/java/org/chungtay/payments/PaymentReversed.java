package org.chungtay.payments;

/** A recorded payment was reversed: it no longer counts anywhere. The amount is in đồng. */
public record PaymentReversed(long paymentId, Long pledgeId, Long campaignId, long amount) {
}
