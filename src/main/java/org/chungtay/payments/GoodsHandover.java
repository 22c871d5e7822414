package org.chungtay.payments;

import java.time.LocalDate;

import org.chungtay.shared.Money;

/**
 * What the record of goods handed over to a fund unit says, for both sides to sign: who gave, who
 * received, when, the goods as listed, and their value in figures and in Vietnamese words.
 */
public record GoodsHandover(long paymentId, LocalDate receivedOn, String fundUnitName, String donorName,
        String pledgeReference, Long campaignId, String goods, Money value, String valueInWords, String recordedBy,
        boolean reversed) {
}
