package org.chungtay.ledger;

import java.util.Locale;

/** Where a disbursement stands: waiting for a second person (above its unit's threshold), made, or refused. */
public enum DisbursementStatus {
    AWAITING_APPROVAL, PAID, REJECTED;

    public String labelKey() {
        return "ledger.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
