package org.chungtay.pledges;

import java.util.Locale;

/** What a pledge commits to. */
public enum PledgeKind {
    /** Money to the fund, optionally designated to a programme. */
    DONATION,
    /** N children for M months at an amount per child per month; the money goes business → child. */
    DIRECT_SPONSORSHIP,
    /** Money for a "For Children" programme or project. */
    PROJECT_FUNDING,
    /** Goods or services, with an estimated value. */
    IN_KIND;

    /** Whether the pledge is paid by bank transfer (and so a VietQR code makes sense): all but goods. */
    public boolean isPaidByTransfer() {
        return this != IN_KIND;
    }

    public String labelKey() {
        return "pledges.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
