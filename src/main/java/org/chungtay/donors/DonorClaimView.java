package org.chungtay.donors;

import java.time.Instant;
import java.util.Set;

/** A claim as staff review it: what was submitted, from where and when, and what became of it. */
public record DonorClaimView(long id, long donorId, ClaimStatus status, ConsentSource source, Instant submittedAt,
        DonorDetails submitted, Set<ConsentCategory> optIns, Instant decidedAt, String decidedBy) {
}
