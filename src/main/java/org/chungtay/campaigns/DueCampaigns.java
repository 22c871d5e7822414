package org.chungtay.campaigns;

import java.util.List;

/** What one run of the daily job did: the campaigns it opened and closed, and those it could not move. */
public record DueCampaigns(List<Long> opened, List<Long> closed, List<Long> failed) {

    public DueCampaigns {
        opened = List.copyOf(opened);
        closed = List.copyOf(closed);
        failed = List.copyOf(failed);
    }
}
