package org.chungtay.donors;

import java.util.UUID;

/** A donor as the donor list shows it. */
public record DonorSummary(long id, UUID publicId, DonorType type, String name, String taxCode, String email,
        String address, long fundUnitId, String fundUnitName) {

    public DonorRef ref() {
        return new DonorRef(id, publicId, type, name);
    }
}
