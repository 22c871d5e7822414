package org.chungtay.payments;

import java.time.LocalDate;

import org.chungtay.shared.Money;

/**
 * A payment as the ledger books it: which unit received it, for which pledge and campaign, from whom, how,
 * and whether it was reversed since. Goods ({@link PaymentMethod#GOODS}) are handed over, not disbursed: the
 * ledger makes no gift of them.
 *
 * @param pledgeId   null for a gift without a pledge
 * @param campaignId null for a gift to the fund in general
 * @param donorId    null for a gift without a known donor
 */
public record PaymentFacts(long paymentId, long fundUnitId, String fundUnitPath, Long pledgeId, Long campaignId,
        Long donorId, PaymentMethod method, Money amount, LocalDate receivedOn, boolean reversed) {

    public boolean isMoney() {
        return method != PaymentMethod.GOODS;
    }
}
