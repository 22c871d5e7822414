package org.chungtay.campaigns;

/**
 * A campaign started collecting. Published in the transaction of the change: react after commit with
 * {@code @TransactionalEventListener} or Spring Modulith's {@code @ApplicationModuleListener}.
 */
public record CampaignActivated(long campaignId, String slug, long fundUnitId) {
}
