package org.chungtay.shared;

import java.util.regex.Pattern;

/**
 * A Vietnamese phone number, kept in the national form with the leading 0 and digits only: ten digits
 * for a mobile number, eleven for a landline (area code 02xx since 2017). It is read as people write
 * it: "0912 345 678", "0912.345.678", "+84 912 345 678", "(0262) 3852 123". The canonical form is at
 * most {@value #MAX_LENGTH} characters, so it always fits its column, however it was typed.
 *
 * @param value the canonical form
 */
public record PhoneNumber(String value) {

    /** The key of the message shown when {@link #parse(String)} refuses its input. */
    public static final String INVALID_MESSAGE_KEY = "donors.error.phone-invalid";

    /** The longest canonical number. */
    public static final int MAX_LENGTH = 11;

    /** How much a form lets people type: the longest number written with country code and separators. */
    public static final int MAX_TYPED_LENGTH = 25;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0.()-]+");
    private static final Pattern CANONICAL = Pattern.compile("0[1-9]\\d{8,9}");

    /** @throws IllegalArgumentException if the value is not a number in canonical form */
    public PhoneNumber {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a Vietnamese phone number in national form: " + value);
        }
    }

    /** @throws UserFacingException with key {@value #INVALID_MESSAGE_KEY} if it is no Vietnamese number */
    public static PhoneNumber parse(String input) {
        String national = national(input);
        if (!CANONICAL.matcher(national).matches()) {
            throw new UserFacingException(INVALID_MESSAGE_KEY);
        }
        return new PhoneNumber(national);
    }

    /** Whether {@link #parse(String)} would accept the input; for form validators. */
    public static boolean isValid(String input) {
        return CANONICAL.matcher(national(input)).matches();
    }

    @Override
    public String toString() {
        return value;
    }

    private static String national(String input) {
        if (input == null || input.length() > MAX_TYPED_LENGTH) {
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
