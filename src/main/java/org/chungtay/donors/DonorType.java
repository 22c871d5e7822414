package org.chungtay.donors;

import java.util.Locale;

/** Who gives: an organisation (a business, a bank, a school…) or a person. */
public enum DonorType {
    ORGANISATION, INDIVIDUAL;

    public String labelKey() {
        return "donors.type." + name().toLowerCase(Locale.ROOT);
    }
}
