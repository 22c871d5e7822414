package org.chungtay.campaigns;

import java.util.Locale;

/** Where a campaign is in its life; see {@link Campaign} for the moves between them. */
public enum CampaignStatus {
    DRAFT, SCHEDULED, ACTIVE, CLOSED;

    public String labelKey() {
        return "campaigns.status." + name().toLowerCase(Locale.ROOT);
    }
}
