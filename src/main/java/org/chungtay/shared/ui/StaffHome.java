package org.chungtay.shared.ui;

/**
 * The address of the staff app's home. The portal's own address ({@code /}) is the public front door, which
 * sends signed-in staff here.
 */
public final class StaffHome {

    public static final String ROUTE = "staff";

    private StaffHome() {
    }
}
