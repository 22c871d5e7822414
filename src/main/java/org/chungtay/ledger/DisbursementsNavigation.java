package org.chungtay.ledger;

/** The staff addresses of money out, for links from other modules and from emails. */
public final class DisbursementsNavigation {

    public static final String LIST = "staff/disbursements";
    public static final String APPROVALS = "staff/disbursements/approvals";

    private DisbursementsNavigation() {
    }
}
