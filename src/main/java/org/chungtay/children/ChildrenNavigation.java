package org.chungtay.children;

/** Addresses of the children module's views, for its own routes and for links from emails and other modules. */
public final class ChildrenNavigation {

    public static final String CHILDREN = "staff/children";
    public static final String SPONSORSHIPS = "staff/sponsorships";

    private ChildrenNavigation() {
    }

    public static String child(long childId) {
        return CHILDREN + "/" + childId;
    }

    public static String sponsorship(long sponsorshipId) {
        return SPONSORSHIPS + "/" + sponsorshipId;
    }
}
