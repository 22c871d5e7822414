package org.chungtay.communications;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A message to put in the outbox: its kind (which template, which consent), who gets it, in which language
 * and with which values for the kind's placeholders ({@link MessageKind#placeholders()}: plain values
 * prepared for the template, never entities). The dedup key names the logical message (such as
 * {@code pledge-confirmation:CT26-…}); a second message with the same key is not queued again.
 *
 * @param fundUnitId the fund unit the message is from, whose name and address sign it; null for the root unit
 */
public record OutgoingEmail(MessageKind kind, String recipient, Locale language, Map<String, Object> values,
        String dedupKey, Long fundUnitId) {

    public OutgoingEmail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(values, "values");
    }

    /** A message signed by the root unit of the fund tree. */
    public OutgoingEmail(MessageKind kind, String recipient, Locale language, Map<String, Object> values,
            String dedupKey) {
        this(kind, recipient, language, values, dedupKey, null);
    }

    /** The consent it needs, from its kind. */
    public MessageCategory category() {
        return kind.category();
    }
}
