package org.chungtay.ledger;

/**
 * The words that describe a disbursement anywhere outside the staff's own disbursement pages: the public ledger,
 * the disclosure, what a donor's gift paid for. A child's line (a sponsored child, a support case) is only the
 * pseudonym the children module labelled it with (V0170); the words an accountant typed beside it stay with the
 * staff, since free text may carry what never leaves the portal (a name, a school).
 */
final class DisbursementWords {

    private DisbursementWords() {
    }

    static String shown(Purpose purpose, String targetLabel, String description) {
        boolean child = purpose == Purpose.SPONSORED_CHILD || purpose == Purpose.SUPPORT_CASE;
        return child && targetLabel != null ? targetLabel : description;
    }
}
