package org.chungtay.campaigns;

import java.util.Locale;

/**
 * What the pledges module needs of a public campaign to take a pledge for it: where the money goes
 * and whether the campaign collects now.
 */
public record PledgeTarget(long campaignId, long fundUnitId, CampaignStatus status, String nameVi, String nameEn,
        ReceivingAccount account, String slug) {

    public String name(Locale locale) {
        return LocalisedText.pick(locale, nameVi, nameEn);
    }
}
