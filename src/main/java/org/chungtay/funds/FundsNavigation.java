package org.chungtay.funds;

/** Typed ways to the fund units' pages, for other modules (e.g. "set up receipts first"). */
public final class FundsNavigation {

    public static final String SETTINGS = "staff/fund-settings";
    /** The query parameter naming the unit whose settings the view opens; without it, the caller's own. */
    public static final String UNIT_PARAMETER = "unit";

    private FundsNavigation() {
    }

    public static String settings(long fundUnitId) {
        return SETTINGS + "?" + UNIT_PARAMETER + "=" + fundUnitId;
    }
}
