package org.chungtay.donors;

import java.util.regex.Pattern;

import org.chungtay.shared.UserFacingException;

/**
 * Vietnamese phone numbers as people write them: "0912 345 678", "0912.345.678", "+84 912 345 678",
 * "(0262) 3852 123". Kept in the national form with the leading 0 and digits only: ten digits for a
 * mobile number, eleven for a landline (area code 02xx since 2017).
 */
public final class PhoneNumbers {

    public static final String INVALID_MESSAGE_KEY = "donors.error.phone-invalid";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0.()-]+");
    private static final Pattern NATIONAL = Pattern.compile("0[1-9]\\d{8,9}");

    private PhoneNumbers() {
    }

    /** @throws UserFacingException with key {@value #INVALID_MESSAGE_KEY} if it is no Vietnamese number */
    public static String normalise(String input) {
        String national = national(input);
        if (!NATIONAL.matcher(national).matches()) {
            throw new UserFacingException(INVALID_MESSAGE_KEY, input);
        }
        return national;
    }

    /** Whether {@link #normalise(String)} would accept the input; for form validators. */
    public static boolean isValid(String input) {
        return NATIONAL.matcher(national(input)).matches();
    }

    private static String national(String input) {
        if (input == null) {
            return "";
        }
        String compact = SEPARATORS.matcher(input).replaceAll("");
        if (compact.startsWith("+84")) {
            return "0" + compact.substring(3);
        }
        if (compact.startsWith("0084")) {
            return "0" + compact.substring(4);
        }
        return compact;
    }
}
