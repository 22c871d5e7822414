package org.chungtay.payments;

import java.time.LocalDate;

/**
 * A payment was recorded. {@code pledgeId} is null for a gift without a pledge, {@code campaignId} for a
 * gift to the fund in general. The amount is in đồng. It carries no personal data: the registry keeps it.
 */
public record PaymentRecorded(long paymentId, Long pledgeId, Long campaignId, long amount, LocalDate receivedOn) {
}
