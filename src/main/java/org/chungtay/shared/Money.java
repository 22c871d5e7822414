package org.chungtay.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of Vietnamese đồng. VND has no minor unit, so the amount is a whole number of đồng
 * held in a {@code long}; arithmetic never goes through floating point and fails loudly on overflow
 * rather than wrapping around.
 *
 * <p>Amounts may be negative (a balance, a correction); user input parsed by {@link #parse(String)}
 * never is.
 *
 * @param amount the number of đồng
 */
public record Money(long amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    /**
     * The largest pledge the portal accepts, just under 10¹³ đồng: anything above is a typing slip,
     * not a gift, and every accepted amount still fits the 13 digits of a VietQR amount.
     */
    public static final Money MAX_PLEDGE = new Money(9_999_999_999_999L);

    /** The key of the message shown when {@link #parse(String)} refuses its input. */
    public static final String INVALID_MESSAGE_KEY = "money.error.invalid";

    private static final Pattern CURRENCY_MARK = Pattern.compile("^(?:vnđ|vnd|đồng|đ|₫)|(?:vnđ|vnd|đồng|đ|₫)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Plain digits, or groups of three separated by one kind of separator. A group of any other size
     * means the user wrote a decimal fraction ("1,5"), which đồng cannot have.
     */
    private static final Pattern DIGITS = Pattern.compile("\\d+|\\d{1,3}(?<sep>[., ])\\d{3}(?:\\k<sep>\\d{3})*");

    /** Spaces a user or another program may put between digit groups or before the currency mark. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    public static Money vnd(long amount) {
        return new Money(amount);
    }

    /**
     * Reads an amount as people type it: "30.000.000", "30,000,000", "30000000", "30 000 000 đ",
     * "30.000.000 VND". Both '.' (Vietnamese) and ',' (English) are read as thousands separators, so
     * "1.500" is one thousand five hundred; since đồng have no fraction, every group after the first
     * must have exactly three digits and "1,5" or "12.50" is refused rather than guessed at.
     *
     * @throws UserFacingException with key {@value #INVALID_MESSAGE_KEY} for anything else, including
     *         blank input, signs, decimals and amounts beyond the range of {@code long}
     */
    public static Money parse(String input) {
        if (input == null) {
            throw invalid(null);
        }
        String text = SPACES.matcher(Normalizer.normalize(input, Normalizer.Form.NFC)).replaceAll(" ").strip();
        text = CURRENCY_MARK.matcher(text).replaceFirst("").strip();
        if (!DIGITS.matcher(text).matches()) {
            throw invalid(input);
        }
        try {
            return new Money(Long.parseLong(text.replaceAll("[., ]", "")));
        } catch (NumberFormatException tooLarge) {
            throw invalid(input);
        }
    }

    private static UserFacingException invalid(String input) {
        return new UserFacingException(INVALID_MESSAGE_KEY, input);
    }

    /** @throws ArithmeticException if the sum does not fit in a {@code long} */
    public Money plus(Money other) {
        return new Money(Math.addExact(amount, other.amount));
    }

    /** @throws ArithmeticException if the difference does not fit in a {@code long} */
    public Money minus(Money other) {
        return new Money(Math.subtractExact(amount, other.amount));
    }

    /** For an amount per child per month times children and months. @throws ArithmeticException on overflow */
    public Money times(long factor) {
        return new Money(Math.multiplyExact(amount, factor));
    }

    public boolean isPositive() {
        return amount > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(amount, other.amount);
    }

    /**
     * Writes the amount the way readers of the locale's language expect it, with a plain space before
     * the currency so the text is the same in a view, an email and a PDF:
     * <ul>
     * <li>Vietnamese: dots between groups and the đồng sign after, "30.000.000 ₫";</li>
     * <li>any other language: commas between groups and the ISO code after, "30,000,000 VND".</li>
     * </ul>
     * The grouping is done here, not by {@link java.text.NumberFormat}, whose output (separators,
     * no-break spaces) changes with the JDK's locale data.
     */
    public String format(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean vietnamese = "vi".equals(locale.getLanguage());
        return group(vietnamese ? '.' : ',') + (vietnamese ? " ₫" : " VND");
    }

    private String group(char separator) {
        String digits = Long.toString(amount).substring(amount < 0 ? 1 : 0);
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        int firstGroupLength = (digits.length() - 1) % 3 + 1;
        grouped.append(digits, 0, firstGroupLength);
        for (int start = firstGroupLength; start < digits.length(); start += 3) {
            grouped.append(separator).append(digits, start, start + 3);
        }
        return amount < 0 ? "-" + grouped : grouped.toString();
    }

    /** The English form, for logs and debugging; views use {@link #format(Locale)}. */
    @Override
    public String toString() {
        return format(Locale.ENGLISH);
    }
}
