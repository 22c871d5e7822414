package org.chungtay.pledges;

/** What the staff pipeline shows; a null part means "any". */
public record PledgeFilter(Long campaignId, PledgeStatus status, PledgeKind kind, Long fundUnitId) {

    public static final PledgeFilter ALL = new PledgeFilter(null, null, null, null);
}
