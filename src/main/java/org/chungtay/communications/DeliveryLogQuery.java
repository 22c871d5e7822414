package org.chungtay.communications;

import java.time.LocalDate;

/**
 * A search of the delivery log; every part may be null for "any".
 *
 * @param donorId   messages written to this donor
 * @param recipient messages whose address starts with this text (any case)
 * @param from      messages queued on or after this day (Vietnam time)
 * @param to        messages queued on or before this day (Vietnam time)
 */
public record DeliveryLogQuery(Long donorId, String recipient, Long campaignId, MessageKind kind, MailStatus status,
        LocalDate from, LocalDate to) {

    public static final DeliveryLogQuery ALL = new DeliveryLogQuery(null, null, null, null, null, null, null);

    public DeliveryLogQuery {
        recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
    }
}
