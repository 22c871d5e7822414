package org.chungtay.communications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * @param donorId the donor it is written to; required for a non-transactional kind, whose unsubscribe link
 *        withdraws that donor's consent
 * @param campaignId the campaign it concerns, if any (the delivery log searches by it)
 * @param notBefore the earliest time it may be sent; null for as soon as possible
 * @param attachments files sent with it
 */
public record OutgoingEmail(MessageKind kind, String recipient, Locale language, Map<String, Object> values,
        String dedupKey, Long fundUnitId, Long donorId, Long campaignId, Instant notBefore,
        List<MailAttachment> attachments) {

    public OutgoingEmail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(values, "values");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public OutgoingEmail(MessageKind kind, String recipient, Locale language, Map<String, Object> values,
            String dedupKey, Long fundUnitId) {
        this(kind, recipient, language, values, dedupKey, fundUnitId, null, null, null, List.of());
    }

    /** A message signed by the root unit of the fund tree. */
    public OutgoingEmail(MessageKind kind, String recipient, Locale language, Map<String, Object> values,
            String dedupKey) {
        this(kind, recipient, language, values, dedupKey, null);
    }

    /** The same message, written to this donor about this campaign (either may be null). */
    public OutgoingEmail about(Long donor, Long campaign) {
        return new OutgoingEmail(kind, recipient, language, values, dedupKey, fundUnitId, donor, campaign, notBefore,
                attachments);
    }

    /** The same message, not sent before this time. */
    public OutgoingEmail notBefore(Instant earliest) {
        return new OutgoingEmail(kind, recipient, language, values, dedupKey, fundUnitId, donorId, campaignId, earliest,
                attachments);
    }

    /** The same message with this file attached as well. */
    public OutgoingEmail attaching(MailAttachment attachment) {
        List<MailAttachment> all = new ArrayList<>(attachments);
        all.add(attachment);
        return new OutgoingEmail(kind, recipient, language, values, dedupKey, fundUnitId, donorId, campaignId, notBefore,
                all);
    }

    /** The consent it needs, from its kind. */
    public MessageCategory category() {
        return kind.category();
    }
}
