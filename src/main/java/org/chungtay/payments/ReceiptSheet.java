package org.chungtay.payments;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import org.chungtay.funds.ReceiptPaper;
import org.chungtay.shared.Money;

/**
 * The facts printed on one receipt (biên nhận), fixed when the receipt is issued, so that printing it
 * again next year gives the same sheet. {@link ReceiptPdf} lays it out; it looks nothing up.
 *
 * @param number           the receipt's number in its fund's series, e.g. "DL/2026/17"
 * @param donorAddress     may be null, like the donor's tax code
 * @param amount           the money received, or for goods their total valuation
 * @param purpose          the designation: "Quỹ chung" or a campaign's purpose
 * @param campaignName     may be null, like the pledge and bank references
 * @param goodsDescription for goods, one item per line as the accountant listed them; may be null
 * @param language         the donor's language, Vietnamese or English
 * @param voidReason       null for a valid receipt; a voided one prints a VOID mark and this reason
 * @param voidedOn         when it was voided; may be null even on a voided receipt
 * @param place            the place before the date at the signature, e.g. "Đắk Lắk"; may be null, and
 *                         then the line is the date alone
 */
record ReceiptSheet(String fundName, String fundAddress, String fundTaxCode, String number, LocalDate issuedOn,
        String donorName, String donorAddress, String donorTaxCode, Money amount, PaymentMethod method,
        LocalDate receivedOn, String purpose, String campaignName, String pledgeReference, String bankReference,
        String goodsDescription, String signatoryName, String signatoryTitle, Locale language, ReceiptPaper paper,
        String voidReason, LocalDate voidedOn, String place) {

    ReceiptSheet {
        Objects.requireNonNull(fundName, "fundName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(donorName, "donorName");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(paper, "paper");
    }

    /** A receipt whose signature line carries the date alone, without a place. */
    ReceiptSheet(String fundName, String fundAddress, String fundTaxCode, String number, LocalDate issuedOn,
            String donorName, String donorAddress, String donorTaxCode, Money amount, PaymentMethod method,
            LocalDate receivedOn, String purpose, String campaignName, String pledgeReference, String bankReference,
            String goodsDescription, String signatoryName, String signatoryTitle, Locale language, ReceiptPaper paper,
            String voidReason, LocalDate voidedOn) {
        this(fundName, fundAddress, fundTaxCode, number, issuedOn, donorName, donorAddress, donorTaxCode, amount,
                method, receivedOn, purpose, campaignName, pledgeReference, bankReference, goodsDescription,
                signatoryName, signatoryTitle, language, paper, voidReason, voidedOn, null);
    }

    boolean isVoid() {
        return voidReason != null;
    }

    /** The same receipt, as voided on the given day: the copy a fund keeps, or sends to say it no longer holds. */
    ReceiptSheet voided(String reason, LocalDate on) {
        return new ReceiptSheet(fundName, fundAddress, fundTaxCode, number, issuedOn, donorName, donorAddress,
                donorTaxCode, amount, method, receivedOn, purpose, campaignName, pledgeReference, bankReference,
                goodsDescription, signatoryName, signatoryTitle, language, paper,
                Objects.requireNonNull(reason, "reason"), on, place);
    }
}
