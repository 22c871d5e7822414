package org.chungtay.communications;

import java.time.Instant;
import java.util.Locale;

/**
 * One version of the template of a kind in a language, as the editor shows it. Version 0 is the template
 * shipped with the portal; the fund's own versions count from 1, and the latest is the one in use.
 *
 * @param savedBy             who saved it; null for the shipped template
 * @param savedAt             when; null for the shipped template
 * @param restoredFromVersion the version it restored (0: the shipped template), or null for an edit
 */
public record TemplateVersion(MessageKind kind, Locale language, int version, String subject, String html,
        String text, String savedBy, Instant savedAt, Integer restoredFromVersion) {

    public static final int SHIPPED = 0;

    public boolean shipped() {
        return version == SHIPPED;
    }

    public TemplateDraft draft() {
        return new TemplateDraft(subject, html, text, version);
    }
}
