package org.chungtay.donors;

/**
 * What a caller who may not see donors (an anonymous online pledge) gets back: the id to link its
 * pledge to, and nothing of the donor's data. Staff look the donor up with
 * {@link DonorService#find(long)}.
 *
 * @param claimId the pending claim on an existing donor that staff confirm or reject; null when the
 *                donor was new
 * @param optInToken the token of the link that confirms the opt-ins ticked on the online form, for the
 *                   confirmation email; null when none was ticked or staff recorded them
 */
public record DonorHandle(long donorId, Long claimId, String optInToken) {
}
