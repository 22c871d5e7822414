package org.chungtay.campaigns;

/**
 * Where a public campaign page sends a visitor who wants to pledge. The pledges module owns that
 * address (and its route) and provides it by declaring a bean that implements this interface, as it
 * does for {@link CampaignFigures}; without such a bean a campaign page offers no pledge link.
 */
@FunctionalInterface
public interface PledgeFormAddress {

    /** The form of an active campaign, relative to the portal's base address. */
    String of(String campaignSlug);
}
