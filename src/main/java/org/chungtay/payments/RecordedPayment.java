package org.chungtay.payments;

import java.time.Instant;
import java.time.LocalDate;

import org.chungtay.shared.Money;

/**
 * A payment as its thank-you and its receipt's email need it: whom it thanks, for what, from which unit, and
 * when it was recorded (the thank-you's delay counts from then).
 *
 * @param donorId         null for a gift without a known donor
 * @param campaignId      null for a gift to the fund in general
 * @param pledgeReference null for a gift without a pledge
 */
public record RecordedPayment(long paymentId, long fundUnitId, Long donorId, Long campaignId, String pledgeReference,
        Money amount, LocalDate receivedOn, Instant recordedAt, boolean reversed) {
}
