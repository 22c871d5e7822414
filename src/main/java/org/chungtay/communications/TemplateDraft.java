package org.chungtay.communications;

/**
 * A template as a fund manager typed it, to be checked and saved as a new version, or previewed.
 *
 * @param basedOnVersion the version the editor started from (0 for the shipped template): a save over a
 *                       version someone else saved meanwhile is refused instead of overwriting it
 */
public record TemplateDraft(String subject, String html, String text, int basedOnVersion) {

    public static final int SUBJECT_LIMIT = 250;
    public static final int BODY_LIMIT = 100_000;

    public String part(TemplatePart part) {
        return switch (part) {
            case SUBJECT -> subject;
            case HTML -> html;
            case TEXT -> text;
        };
    }
}
