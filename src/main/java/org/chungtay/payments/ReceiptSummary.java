package org.chungtay.payments;

import java.time.LocalDate;

/** A receipt as lists show it; {@code voidReason} is null while it stands. */
public record ReceiptSummary(long id, long paymentId, String number, LocalDate issuedOn, String issuedBy,
        String voidReason) {

    public boolean voided() {
        return voidReason != null;
    }

    /** The name of a receipt's PDF file, from its number: {@code bien-nhan-DL-BMT-2027-17.pdf}. */
    public static String pdfName(String number) {
        return "bien-nhan-" + number.replace('/', '-') + ".pdf";
    }
}
