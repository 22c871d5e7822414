package org.chungtay.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as donors and pledges keep it: trimmed and in lower case, so that the address is
 * also the key that finds a person again, whatever case they typed it in. The check is deliberately
 * loose (one "@", a dotted domain, no spaces or control characters, at most {@value #MAX_LENGTH}
 * characters as SMTP allows): the confirmation email, not a pattern, proves that an address works.
 *
 * @param value the canonical form
 */
public record EmailAddress(String value) {

    /** The key of the message shown when {@link #parse(String)} refuses its input. */
    public static final String INVALID_MESSAGE_KEY = "donors.error.email-invalid";

    /** The longest address SMTP carries (RFC 5321 path limit), and the width of every email column. */
    public static final int MAX_LENGTH = 254;

    private static final Pattern CANONICAL = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

    /** @throws IllegalArgumentException if the value is not an address in canonical form */
    public EmailAddress {
        if (value == null || !isValidCanonical(value)) {
            throw new IllegalArgumentException("Not a valid email address: " + value);
        }
    }

    /** @throws UserFacingException with key {@value #INVALID_MESSAGE_KEY} if the input is no address */
    public static EmailAddress parse(String input) {
        String canonical = canonicalForm(input);
        if (!isValidCanonical(canonical)) {
            throw new UserFacingException(INVALID_MESSAGE_KEY);
        }
        return new EmailAddress(canonical);
    }

    /** Whether {@link #parse(String)} would accept the input; for form validators. */
    public static boolean isValid(String input) {
        return isValidCanonical(canonicalForm(input));
    }

    @Override
    public String toString() {
        return value;
    }

    private static String canonicalForm(String input) {
        return input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isValidCanonical(String candidate) {
        return candidate.length() <= MAX_LENGTH && CANONICAL.matcher(candidate).matches();
    }
}
