package org.chungtay.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Vietnamese enterprise tax code (mã số thuế, MST), the natural key of an organisation donor: ten
 * digits for the enterprise, or the enterprise's ten digits, a hyphen and three digits (001–999) for
 * one of its branches or dependent units. The canonical form is "0100109106" or "0100109106-001".
 *
 * <p>The tenth digit is a check digit over the first nine (weights 31, 29, 23, 19, 17, 13, 7, 5, 3;
 * check = 10 − sum mod 11, never 10). The rule was confirmed against published codes of Viettel,
 * Vietcombank, Vinamilk, FPT and Vingroup, so a code that fails it is refused: it is a typing slip,
 * and accepting it would let the same organisation be recorded twice.
 *
 * <p>The 12-digit personal identification numbers that serve as tax codes of individuals and household
 * businesses are not tax codes in this sense.
 *
 * @param value the canonical form
 */
public record TaxCode(String value) {

    /** The key of the message shown when {@link #parse(String)} refuses its input. */
    public static final String INVALID_MESSAGE_KEY = "donors.error.tax-code-invalid";

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private static final Pattern CANONICAL = Pattern.compile("(\\d{10})(?:-(\\d{3}))?");

    /** Hyphen-like characters that word processors and PDFs put where the user meant a hyphen. */
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    /** @throws IllegalArgumentException if the value is not a valid code in canonical form */
    public TaxCode {
        if (value == null || !isValidCanonical(value)) {
            throw new IllegalArgumentException("Not a valid tax code: " + value);
        }
    }

    /**
     * Reads a tax code as users type or paste it: spaces anywhere ("0100 109 106 - 001"), dashes of
     * any kind, and branch codes written as thirteen digits without the hyphen.
     *
     * @throws UserFacingException with key {@value #INVALID_MESSAGE_KEY} if the input is not a valid code
     */
    public static TaxCode parse(String input) {
        String canonical = canonicalForm(input);
        if (!isValidCanonical(canonical)) {
            throw new UserFacingException(INVALID_MESSAGE_KEY, input);
        }
        return new TaxCode(canonical);
    }

    /** Whether {@link #parse(String)} would accept the input; for form validators. */
    public static boolean isValid(String input) {
        return isValidCanonical(canonicalForm(input));
    }

    public boolean isBranch() {
        return value.length() > 10;
    }

    /** The enterprise itself: this code for a head office, the first ten digits for a branch. */
    public TaxCode headOffice() {
        return isBranch() ? new TaxCode(value.substring(0, 10)) : this;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String canonicalForm(String input) {
        if (input == null) {
            return "";
        }
        String compact = SPACES.matcher(DASHES.matcher(input).replaceAll("-")).replaceAll("");
        if (compact.length() == 13 && compact.chars().allMatch(TaxCode::isAsciiDigit)) {
            return compact.substring(0, 10) + "-" + compact.substring(10);
        }
        return compact;
    }

    private static boolean isValidCanonical(String candidate) {
        Matcher matcher = CANONICAL.matcher(candidate);
        return matcher.matches()
                && hasValidCheckDigit(matcher.group(1))
                && (matcher.group(2) == null || !matcher.group(2).equals("000"));
    }

    private static boolean hasValidCheckDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (tenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 10 - sum % 11;
        return check < 10 && check == tenDigits.charAt(9) - '0';
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
