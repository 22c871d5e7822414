package org.chungtay.children;

import java.util.Locale;

/** How a month's sponsorship reached the family. */
public enum DeliveryMethod {
    CASH, BANK_TRANSFER, IN_KIND;

    public String labelKey() {
        return "children.delivery.method." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
