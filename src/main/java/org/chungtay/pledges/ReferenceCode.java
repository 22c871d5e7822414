package org.chungtay.pledges;

import java.security.SecureRandom;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chungtay.shared.SearchText;

/**
 * The reference of a pledge that the donor writes in the bank transfer note, e.g. "CT26-7KQ4MZ": "CT",
 * the two-digit year of the pledge, a hyphen, five random characters and one check character.
 *
 * <p>The characters leave out 0, O, 1, I and L, which people misread when they copy a code from paper.
 * The random part is drawn from a {@link SecureRandom} so that codes cannot be predicted from one
 * another; it is not unique by construction (31⁵ ≈ 28.6 million codes a year), so whoever stores
 * codes keeps them unique and draws again on a clash. The check character catches every mistyped character and
 * every swap of two neighbours, so a payment with a slip in its note is not matched to somebody else's
 * pledge (two slips at once still pass one time in 31).
 *
 * @param value the code in its canonical form
 */
public record ReferenceCode(String value) {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private static final int RANDOM_LENGTH = 5;

    private static final Pattern CANONICAL = Pattern.compile("CT\\d{2}-[" + ALPHABET + "]{6}");

    /**
     * A code inside a bank statement note after upper-casing: not glued to a word before it ("PCT"),
     * maybe with spaces, another separator or nothing between its parts, as banks and donors write it.
     */
    private static final Pattern IN_NOTE = Pattern.compile(
            "(?<![A-Z])CT ?(\\d{2}) ?[-\\u2013_.: ]? ?([" + ALPHABET + "]{6})");

    private static final RandomGenerator SECURE_RANDOM = new SecureRandom();

    /** @throws IllegalArgumentException if the value is not a well-formed code */
    public ReferenceCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Not a well-formed reference code: " + value);
        }
    }

    /** A new random code for a pledge made in the given year (the year in Vietnam). */
    public static ReferenceCode generate(Year pledgeYear) {
        return generate(pledgeYear, SECURE_RANDOM);
    }

    static ReferenceCode generate(Year pledgeYear, RandomGenerator random) {
        String year = String.format("%02d", pledgeYear.getValue() % 100);
        StringBuilder body = new StringBuilder(RANDOM_LENGTH + 1);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        body.append(checkCharacter(year, body));
        return new ReferenceCode("CT" + year + "-" + body);
    }

    /** Whether the text is exactly a code in canonical form whose check character agrees. */
    public static boolean isWellFormed(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            return false;
        }
        String year = text.substring(2, 4);
        String body = text.substring(5);
        return body.charAt(RANDOM_LENGTH) == checkCharacter(year, body.substring(0, RANDOM_LENGTH));
    }

    /**
     * The first well-formed code in a transfer note as it comes from a bank statement, in whatever
     * case, with or without diacritics, hyphen or spaces: "CK ung ho ct26 7kq4mz cong ty abc" →
     * CT26-7KQ4MZ. Candidates whose check character does not agree are passed over.
     */
    public static Optional<ReferenceCode> findIn(String transferNote) {
        if (transferNote == null) {
            return Optional.empty();
        }
        String text = SearchText.withoutDiacritics(transferNote).toUpperCase(Locale.ROOT);
        Matcher matcher = IN_NOTE.matcher(text);
        for (int start = 0; matcher.find(start); start = matcher.start() + 1) {
            String candidate = "CT" + matcher.group(1) + "-" + matcher.group(2);
            if (isWellFormed(candidate)) {
                return Optional.of(new ReferenceCode(candidate));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * A weighted sum modulo 31, the size of the alphabet and a prime: with distinct weights every
     * change of one character and every swap of two different neighbours changes the sum. The year's
     * digits count with their own value, since 0 and 1 are not in the alphabet.
     */
    private static char checkCharacter(String year, CharSequence randomPart) {
        int sum = (year.charAt(0) - '0') + 2 * (year.charAt(1) - '0');
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            sum += (i + 3) * ALPHABET.indexOf(randomPart.charAt(i));
        }
        return ALPHABET.charAt(sum % ALPHABET.length());
    }
}
