package org.chungtay.payments;

import org.chungtay.funds.FundUnitSettings;

/** A receipt's number: {@code <unit code>/<year>/<sequence>}, e.g. "DL-BMT/2026/17". */
record ReceiptNumber(String unitCode, int year, int sequence) {

    String text() {
        return FundUnitSettings.receiptNumber(unitCode, year, sequence);
    }
}
