package org.chungtay.communications;

import java.util.Locale;

/**
 * Where a message stands, as the delivery log shows and searches it: waiting or being retried (QUEUED),
 * accepted by the SMTP server (SENT), refused or given up (FAILED), withdrawn before it went (CANCELLED).
 * The same names as the outbox's own states, which stay inside the module.
 */
public enum MailStatus {
    QUEUED, SENT, FAILED, CANCELLED;

    /** The translation key of the state's name, e.g. {@code mail.log.status.sent}. */
    public String labelKey() {
        return "mail.log.status." + name().toLowerCase(Locale.ROOT);
    }
}
