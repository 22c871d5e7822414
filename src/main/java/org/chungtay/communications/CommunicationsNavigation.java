package org.chungtay.communications;

/** Typed ways to the communications pages, for this module's views and for other modules. */
public final class CommunicationsNavigation {

    public static final String MAIL_TEMPLATES = "staff/mail-templates";
    /** The query parameters naming the template the editor opens: the kind's slug and the language code. */
    public static final String KIND_PARAMETER = "kind";
    public static final String LANGUAGE_PARAMETER = "language";
    /** Mail that did not go: retried, refused or given up, with a way to queue it again. */
    public static final String FAILING_MAIL = "staff/mail/failing";
    /** Addresses that get no appeals or news any more (bounced, complained), with a way to lift that. */
    public static final String SUPPRESSIONS = "staff/mail/suppressions";
    /** A plain page ({@code /unsubscribe/<token>}): one click stops one kind of news; the RFC 8058 POST target. */
    public static final String UNSUBSCRIBE = "unsubscribe";
    /** A donor's choice of news and language ({@code /mail-preferences/<token>}), without signing in. */
    public static final String MAIL_PREFERENCES = "mail-preferences";

    private CommunicationsNavigation() {
    }

    public static String mailTemplate(MessageKind kind, String languageCode) {
        return MAIL_TEMPLATES + "?" + KIND_PARAMETER + "=" + kind.slug() + "&" + LANGUAGE_PARAMETER + "=" + languageCode;
    }
}
