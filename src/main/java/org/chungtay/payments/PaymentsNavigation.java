package org.chungtay.payments;

/** Typed ways to the payments' pages, for other modules. */
public final class PaymentsNavigation {

    public static final String STAFF_LIST = "staff/payments";
    /** The printable record of goods handed over; {@code :id} is the payment's. */
    public static final String HANDOVER = STAFF_LIST + "/:id/handover";

    private PaymentsNavigation() {
    }

    public static String handover(long paymentId) {
        return HANDOVER.replace(":id", String.valueOf(paymentId));
    }
}
