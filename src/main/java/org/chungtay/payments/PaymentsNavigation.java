package org.chungtay.payments;

/** Typed ways to the payments' pages, for other modules. */
public final class PaymentsNavigation {

    public static final String STAFF_LIST = "staff/payments";
    /** The printable record of goods handed over; {@code :id} is the payment's. */
    public static final String HANDOVER = STAFF_LIST + "/:id/handover";
    /** Uploading a bank statement, its preview and its import. */
    public static final String STATEMENT_IMPORT = STAFF_LIST + "/import";
    /** Statement lines that nothing matched, waiting for a person. */
    public static final String STATEMENT_QUEUE = STAFF_LIST + "/queue";

    private PaymentsNavigation() {
    }

    public static String handover(long paymentId) {
        return HANDOVER.replace(":id", String.valueOf(paymentId));
    }
}
