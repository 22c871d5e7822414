package org.chungtay.donors;

import java.time.Instant;

/** One consent decision: granted or withdrawn, from where, when, entered by whom. */
public record ConsentRecord(ConsentCategory category, boolean granted, ConsentSource source, Instant occurredAt,
        String actor) {
}
