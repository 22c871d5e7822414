package org.chungtay.donors;

import java.util.Locale;

/** A claim waits for staff, who confirm it (its details are taken over) or reject it. */
public enum ClaimStatus {
    PENDING, CONFIRMED, REJECTED;

    public String labelKey() {
        return "donors.claim-status." + name().toLowerCase(Locale.ROOT);
    }
}
