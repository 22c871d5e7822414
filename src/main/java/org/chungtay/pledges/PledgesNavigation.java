package org.chungtay.pledges;

import org.chungtay.campaigns.PledgeFormAddress;
import org.springframework.stereotype.Component;

/**
 * Addresses of the pledges module's views, for its own routes and for links from other modules;
 * the one owner of each address. The campaigns module gets the pledge form's address through
 * {@link PledgeFormAddress}, which this bean provides.
 */
@Component
public final class PledgesNavigation implements PledgeFormAddress {

    public static final String STAFF_LIST = "staff/pledges";
    /** Where staff enter a pledge taken down for a donor. */
    public static final String STAFF_ENTRY = "staff/pledge-entry";
    /** The online form's route; {@code :slug} is the campaign's. */
    public static final String PLEDGE_FORM = "campaigns/:slug/pledge";
    /** The donor's page of a pledge; {@code :token} is its access token. */
    public static final String CONFIRMATION = "pledges/:token";

    public static String staffDetails(long pledgeId) {
        return STAFF_LIST + "/" + pledgeId;
    }

    public static String pledgeForm(String campaignSlug) {
        return PLEDGE_FORM.replace(":slug", campaignSlug);
    }

    public static String confirmation(String accessToken) {
        return CONFIRMATION.replace(":token", accessToken);
    }

    @Override
    public String of(String campaignSlug) {
        return pledgeForm(campaignSlug);
    }
}
