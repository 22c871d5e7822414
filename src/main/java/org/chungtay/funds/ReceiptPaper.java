package org.chungtay.funds;

/** The sheet a fund unit prints its receipts on: A5 (half an A4 sheet, the usual receipt) or A4. */
public enum ReceiptPaper {
    A4, A5;

    public String labelKey() {
        return "funds.settings.paper." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
