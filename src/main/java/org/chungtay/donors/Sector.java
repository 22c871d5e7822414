package org.chungtay.donors;

import java.util.Locale;

/**
 * What kind of organisation gives. Enterprises, state-owned companies and banks always have an
 * enterprise tax code, so for them it is required; the others may have none.
 */
public enum Sector {
    ENTERPRISE, STATE_OWNED, BANK_FINANCE, NGO, ASSOCIATION_UNION, SCHOOL, RELIGIOUS, OTHER;

    public boolean requiresTaxCode() {
        return this == ENTERPRISE || this == STATE_OWNED || this == BANK_FINANCE;
    }

    public String labelKey() {
        return "donors.sector." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
