package org.chungtay.payments;

import org.chungtay.shared.Money;

/**
 * A pledge as the payments module sees it when money arrives for it: where it belongs, who made it, and
 * how much of it is still open (never below zero; an overpayment is kept on the pledge). {@code purposeKey}
 * is the translation key of what the money is for, as a receipt names it: the programme a donation is
 * designated to, or else the kind of pledge.
 */
public record PaymentTarget(long pledgeId, String reference, long campaignId, long fundUnitId, String fundUnitPath,
        Long donorId, String donorName, Money total, Money paid, boolean acceptsPayments, String purposeKey) {

    public Money open() {
        return paid.compareTo(total) >= 0 ? Money.ZERO : Money.vnd(total.amount() - paid.amount());
    }
}
