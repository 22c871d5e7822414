package org.chungtay.donors;

import org.chungtay.shared.EmailAddress;
import org.chungtay.shared.PhoneNumber;

/** Lengths of what is kept of a donor; the form and the service check the same ones. */
public final class DonorLimits {

    public static final int NAME = 200;
    public static final int ADDRESS = 500;
    public static final int PERSON_NAME = 150;
    public static final int TITLE = 150;
    public static final int ROLE = 100;
    public static final int EMAIL = EmailAddress.MAX_LENGTH;
    /** Typed phone numbers, with spaces and dots; the canonical form has at most 11 digits. */
    public static final int PHONE_TYPED = PhoneNumber.MAX_TYPED_LENGTH;
    public static final int CONTACTS = 20;

    private DonorLimits() {
    }
}
