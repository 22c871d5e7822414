package org.chungtay.shared;

import java.util.Locale;

/** The programmes the province names for "For Children" work; a gift may be designated to one. */
public enum Programme {
    EARLY_CHILDHOOD_CARE, DISABILITY_SERVICES, DISADVANTAGED_COMMUNES, VIOLENCE_PREVENTION,
    CHILD_FRIENDLY_COMMUNES, OTHER;

    public String labelKey() {
        return "pledges.programme." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
