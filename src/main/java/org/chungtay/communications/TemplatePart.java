package org.chungtay.communications;

import java.util.Locale;

/** The three parts of a mail template, each edited and checked on its own. */
public enum TemplatePart {
    SUBJECT, HTML, TEXT;

    public String labelKey() {
        return "mail.templates.part." + name().toLowerCase(Locale.ROOT);
    }
}
