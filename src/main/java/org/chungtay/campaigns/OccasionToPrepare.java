package org.chungtay.campaigns;

/** A yearly campaign of a fund unit that the campaign calendar will prepare from last year's. */
public record OccasionToPrepare(long sourceCampaignId, long fundUnitId, CampaignKind kind, int occasionYear) {
}
