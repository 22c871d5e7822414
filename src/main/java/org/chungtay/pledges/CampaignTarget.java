package org.chungtay.pledges;

/** The campaign a pledge goes to, as the pledge records it. */
record CampaignTarget(long campaignId, long fundUnitId, String fundUnitPath) {
}
