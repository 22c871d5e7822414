package org.chungtay.children;

import java.util.Locale;

/** A child's gender as the register records it. */
public enum Gender {
    FEMALE, MALE, OTHER;

    public String labelKey() {
        return "children.gender." + name().toLowerCase(Locale.ROOT);
    }
}
