package org.chungtay.donors;

import java.util.UUID;

/**
 * What other modules keep of a donor: the id to refer to it, the random public id for
 * donor-facing addresses, and enough to show it.
 */
public record DonorRef(long id, UUID publicId, DonorType type, String displayName) {
}
