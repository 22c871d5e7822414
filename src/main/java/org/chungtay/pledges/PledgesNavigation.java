package org.chungtay.pledges;

/** Addresses of the pledges module's views, for links from other modules. */
public final class PledgesNavigation {

    public static final String STAFF_LIST = "staff/pledges";

    private PledgesNavigation() {
    }

    public static String staffDetails(long pledgeId) {
        return STAFF_LIST + "/" + pledgeId;
    }
}
