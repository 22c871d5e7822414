package org.chungtay.communications;

/** Typed ways to the communications' pages, for other modules. */
public final class CommunicationsNavigation {

    /** Mail that did not go: retried, refused or given up, with a way to queue it again. */
    public static final String FAILING_MAIL = "staff/mail/failing";

    private CommunicationsNavigation() {
    }
}
