package org.chungtay.payments;

/** Typed ways to the payments' pages, for other modules. */
public final class PaymentsNavigation {

    public static final String STAFF_LIST = "staff/payments";

    private PaymentsNavigation() {
    }
}
