package org.chungtay.payments;

import java.time.LocalDate;
import java.util.Locale;

import org.chungtay.shared.Money;

/**
 * One payment of the signed-in donor as the donor portal lists it: when, how much, how, to which campaign (null
 * names when it went to a fund unit without a campaign), for which pledge (or null), and the number of its
 * standing receipt (null while it has none).
 */
public record DonorPayment(LocalDate receivedOn, Money amount, PaymentMethod method, String campaignNameVi,
        String campaignNameEn, String pledgeReference, String receiptNumber) {

    /** The campaign's name in this language, or null for a gift outside any campaign. */
    public String campaignName(Locale locale) {
        return "en".equals(locale.getLanguage()) && campaignNameEn != null && !campaignNameEn.isBlank()
                ? campaignNameEn : campaignNameVi;
    }
}
