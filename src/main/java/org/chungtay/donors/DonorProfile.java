package org.chungtay.donors;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything staff see of one donor: its details, owning unit, current consent per category with
 * the full history (newest first), and the claims waiting for a decision.
 */
public record DonorProfile(DonorRef ref, DonorDetails details, long fundUnitId, String fundUnitName,
        Instant createdAt, Instant updatedAt, Map<ConsentCategory, ConsentRecord> consents,
        List<ConsentRecord> consentHistory, List<DonorClaimView> pendingClaims) {

    /** Whether the donor currently agrees to the category; no record means no. */
    public boolean consents(ConsentCategory category) {
        ConsentRecord current = consents.get(category);
        return current != null && current.granted();
    }
}
