package org.chungtay.children;

import java.security.SecureRandom;

/**
 * A child's pseudonymous code: {@code TE-} and six characters drawn at random from an alphabet without the
 * letters and digits people confuse (0/O, 1/I/L), so that a code tells nothing of when or where a child was
 * registered and is read out without mistakes. 31⁶ ≈ 887 million codes; a clash is drawn again.
 */
final class ChildCode {

    static final String PREFIX = "TE-";
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ChildCode() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
