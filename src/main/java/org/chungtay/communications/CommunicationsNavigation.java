package org.chungtay.communications;

/** Typed ways to the communications pages, for this module's views and for other modules. */
public final class CommunicationsNavigation {

    public static final String MAIL_TEMPLATES = "staff/mail-templates";
    /** The query parameters naming the template the editor opens: the kind's slug and the language code. */
    public static final String KIND_PARAMETER = "kind";
    public static final String LANGUAGE_PARAMETER = "language";
    /** Mail that did not go: retried, refused or given up, with a way to queue it again. */
    public static final String FAILING_MAIL = "staff/mail/failing";
    /** Every message of the reader's subtree, searched; a message opens at {@code staff/mail-log/<id>}. */
    public static final String DELIVERY_LOG = "staff/mail-log";
    /** Addresses that no appeal or digest goes to any more (a hard bounce, a complaint). */
    public static final String SUPPRESSIONS = "staff/mail/suppressions";
    /** Zero-setup mode only: what the embedded SMTP server received; a message opens at {@code …/<number>}. */
    public static final String CAPTURED_MAIL = "staff/mail/captured";
    /** A plain page ({@code /unsubscribe/<token>}): one click stops one kind of news; the RFC 8058 POST target. */
    public static final String UNSUBSCRIBE = "unsubscribe";
    /** A donor's choice of news and language ({@code /mail-preferences/<token>}), without signing in. */
    public static final String MAIL_PREFERENCES = "mail-preferences";

    private CommunicationsNavigation() {
    }

    public static String loggedMessage(long id) {
        return DELIVERY_LOG + "/" + id;
    }

    public static String capturedMessage(int number) {
        return CAPTURED_MAIL + "/" + number;
    }

    public static String mailTemplate(MessageKind kind, String languageCode) {
        return MAIL_TEMPLATES + "?" + KIND_PARAMETER + "=" + kind.slug() + "&" + LANGUAGE_PARAMETER + "=" + languageCode;
    }
}
