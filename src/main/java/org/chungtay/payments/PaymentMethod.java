package org.chungtay.payments;

import java.util.Locale;

/** How the money (or its equivalent) reached the fund. */
public enum PaymentMethod {
    BANK_TRANSFER, CASH, GOODS;

    public String labelKey() {
        return "payments.method." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
