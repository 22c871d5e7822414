package org.chungtay.donorportal;

/** The donor portal's addresses (DD029); none carries a sequential id. */
public final class DonorPortalNavigation {

    /** My giving: totals, pledges, payments and receipts, the yearly statement. */
    public static final String HOME = "donor";
    /** One of my pledges, by its reference code: {@code donor/pledges/<reference>}. */
    public static final String PLEDGE = "donor/pledges";
    /** Where my money went: each payment's allocations, as a chart and a list. */
    public static final String WHERE_IT_WENT = "donor/where-it-went";
    /** A project my money funded, by its public slug: {@code donor/projects/<slug>}. */
    public static final String PROJECT = "donor/projects";
    /** A child my organisation sponsors, by pseudonym code: {@code donor/children/<code>}. */
    public static final String CHILD = "donor/children";
    /** Language, consents and (organisations) contacts. */
    public static final String PREFERENCES = "donor/preferences";
    /** The plain page that asks for an address and emails a sign-in link; the link is {@code donor/sign-in/<token>}. */
    public static final String SIGN_IN = "donor/sign-in";

    private DonorPortalNavigation() {
    }

    public static String pledge(String reference) {
        return PLEDGE + "/" + reference;
    }

    public static String project(String slug) {
        return PROJECT + "/" + slug;
    }

    public static String child(String code) {
        return CHILD + "/" + code;
    }
}
