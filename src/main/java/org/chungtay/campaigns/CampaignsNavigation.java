package org.chungtay.campaigns;

import com.vaadin.flow.component.UI;

/** Typed ways to the campaigns' pages, for other modules and for links in emails. */
public final class CampaignsNavigation {

    public static final String STAFF_LIST = "staff/campaigns";
    public static final String PUBLIC_LIST = "campaigns";
    static final String COVER_PATH = "campaign-covers/";

    private CampaignsNavigation() {
    }

    public static String staffDetails(long campaignId) {
        return STAFF_LIST + "/" + campaignId;
    }

    /** The shareable public address of a campaign, relative to the portal's base address. */
    public static String publicPage(String slug) {
        return PUBLIC_LIST + "/" + slug;
    }

    /** The cover picture of a public campaign, served with HTTP caching for phones and link previews. */
    public static String publicCover(String slug) {
        return COVER_PATH + slug;
    }

    public static void toStaffDetails(UI ui, long campaignId) {
        ui.navigate(staffDetails(campaignId));
    }
}
