package org.chungtay.children;

import java.util.Locale;

/** Who consents: the guardian, and the child from the age of seven. */
public enum ConsentParty {
    GUARDIAN, CHILD;

    public String labelKey() {
        return "children.consent.party." + name().toLowerCase(Locale.ROOT);
    }
}
