package org.chungtay.projects;

import java.util.Locale;

/** Who may read a progress update: anyone on the public page, or only the project's donors (donor portal). */
public enum UpdateVisibility {
    PUBLIC, DONORS;

    public String labelKey() {
        return "projects.visibility." + name().toLowerCase(Locale.ROOT);
    }
}
