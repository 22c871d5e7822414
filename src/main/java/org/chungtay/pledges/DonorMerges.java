package org.chungtay.pledges;

import org.chungtay.donors.DonorsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When staff merge two donor records, the merged record's pledges become the survivor's, in the
 * merge's own transaction: the pipeline, the figures and the honour roll never see the old id,
 * and a failed merge moves nothing.
 */
@Component
class DonorMerges {

    private final PledgeRepository pledges;

    DonorMerges(PledgeRepository pledges) {
        this.pledges = pledges;
    }

    @EventListener
    void on(DonorsMerged merge) {
        pledges.repointDonor(merge.mergedId(), merge.survivorId());
    }
}
