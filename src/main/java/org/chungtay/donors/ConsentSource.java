package org.chungtay.donors;

import java.util.Locale;

/** Where a consent decision came from, kept with it as evidence. */
public enum ConsentSource {
    STAFF_ENTRY, ONLINE_PLEDGE_FORM, DONOR_PORTAL, IMPORT, UNSUBSCRIBE_LINK,
    /** The owner of the address confirmed opt-ins ticked on the online form, through the emailed link. */
    EMAIL_CONFIRMATION,
    /** The owner of the address chose it through a signed link of an email: the preferences page, or undoing an unsubscribe. */
    PREFERENCES_LINK;

    public String labelKey() {
        return "donors.consent-source." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
