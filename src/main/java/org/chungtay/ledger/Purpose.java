package org.chungtay.ledger;

import java.util.Locale;

/** What a disbursement pays for. */
public enum Purpose {
    /** A budget line of a "For Children" project. */
    PROJECT,
    /** A child matched to a direct sponsorship, when the sponsor's money went through the fund. */
    SPONSORED_CHILD,
    /** One child's need, such as surgery. */
    SUPPORT_CASE,
    /** The fund's own work for children, from undesignated gifts. */
    GENERAL;

    public String labelKey() {
        return "ledger.purpose." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
