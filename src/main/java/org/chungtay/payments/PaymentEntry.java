package org.chungtay.payments;

import java.time.LocalDate;

import org.chungtay.shared.Money;

/**
 * What an accountant enters for a payment: against the pledge with {@code pledgeReference}, or, without
 * one, a gift to {@code campaignId} (or to the fund unit's general fund when that is null too) from
 * {@code donorId} (null for an unnamed gift). Checked by {@link PaymentService}, whatever the form let through.
 */
public record PaymentEntry(PaymentMethod method, Money amount, LocalDate receivedOn, String pledgeReference,
        Long campaignId, Long fundUnitId, Long donorId, String bankReference, String note, String goodsDescription) {

    public static final int BANK_REFERENCE_LIMIT = 100;
    public static final int NOTE_LIMIT = 500;
    public static final int GOODS_LIMIT = 2000;
    /** How far back a payment may be dated: older money belongs to closed books. */
    public static final int YEARS_BACK = 5;

    public boolean againstPledge() {
        return pledgeReference != null && !pledgeReference.isBlank();
    }
}
