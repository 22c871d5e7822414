package org.chungtay.communications;

import java.util.Locale;
import java.util.Map;

/**
 * A message to put in the outbox: who gets it, in which language, from which template and with
 * which values. The dedup key names the logical message (such as {@code pledge-confirmation:CT26-…});
 * a second message with the same key is not queued again.
 */
public record OutgoingEmail(String recipient, Locale language, String template, Map<String, Object> values,
        MessageCategory category, String dedupKey) {
}
