package org.chungtay.campaigns;

import java.time.LocalDate;

/**
 * A campaign stopped collecting; {@code closedOn} is its last day of collection. Published in the
 * transaction of the change, like {@link CampaignActivated}.
 */
public record CampaignClosed(long campaignId, long fundUnitId, LocalDate closedOn) {
}
