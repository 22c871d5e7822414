package org.chungtay.pledges;

import java.time.Instant;

import org.chungtay.shared.Money;

/** A pledge in the staff pipeline. */
public record PledgeSummary(long id, String reference, long campaignId, long fundUnitId, PledgeKind kind,
        Money total, PledgeStatus status, String donorName, String taxCode, boolean namesExistingDonor,
        Instant createdAt) {

    static PledgeSummary of(Pledge pledge) {
        return new PledgeSummary(pledge.id(), pledge.reference(), pledge.campaignId(), pledge.fundUnitId(),
                pledge.kind(), pledge.total(), pledge.status(), pledge.donorName(), pledge.taxCode(),
                pledge.namesExistingDonor(), pledge.createdAt());
    }
}
