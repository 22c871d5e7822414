package org.chungtay.donors;

import java.util.Locale;

/**
 * The kinds of message a donor may receive. Receipts and thank-you messages are transactional and
 * need no opt-in (its record exists all the same); progress updates and fundraising appeals are
 * advertising under Decree 91/2020 and need a prior, explicit opt-in.
 */
public enum ConsentCategory {
    TRANSACTIONAL, PROGRESS_UPDATES, APPEALS;

    public boolean needsOptIn() {
        return this != TRANSACTIONAL;
    }

    public String labelKey() {
        return "donors.consent." + slug();
    }

    /** What a donor receives in a category that needs an opt-in, in a sentence beside their choice. */
    public String explanationKey() {
        return labelKey() + ".explain";
    }

    /** The category in an address or element id: {@code progress-updates}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
