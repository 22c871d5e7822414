package org.chungtay.campaigns;

/**
 * Which campaigns a staff list shows; every part may be null for "any".
 *
 * @param year       campaigns running at some time in that year, or whose occasion is that year
 * @param fundUnitId campaigns of that unit and the units below it
 */
public record CampaignFilter(CampaignKind kind, Integer year, CampaignStatus status, Long fundUnitId) {

    public static final CampaignFilter ALL = new CampaignFilter(null, null, null, null);
}
