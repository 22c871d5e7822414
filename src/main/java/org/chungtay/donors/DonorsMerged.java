package org.chungtay.donors;

/**
 * Published when staff merge two donor records: references to {@code mergedId} should now point to
 * {@code survivorId}. The merged record stays, marked as merged, so references not yet moved still
 * resolve through {@link DonorService#find(long)}.
 */
public record DonorsMerged(long survivorId, long mergedId) {
}
