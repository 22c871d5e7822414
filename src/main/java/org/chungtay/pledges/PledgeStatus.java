package org.chungtay.pledges;

import java.util.Locale;

/** Where a pledge stands; see {@link Pledge} for the transitions. */
public enum PledgeStatus {
    PLEDGED, CONFIRMED, PARTLY_FULFILLED, FULFILLED, CANCELLED, LAPSED;

    /** Counts towards a campaign's pledged figure: staff confirmed it and it was not given up. */
    public boolean counts() {
        return this == CONFIRMED || this == PARTLY_FULFILLED || this == FULFILLED;
    }

    public boolean isOpen() {
        return this == PLEDGED || this == CONFIRMED || this == PARTLY_FULFILLED;
    }

    public String labelKey() {
        return "pledges.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
