package org.chungtay.pledges;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import org.chungtay.shared.Sha256;

/**
 * The unguessable part of a pledge's confirmation address, which the database keeps only as its
 * SHA-256 hash: whoever reads a backup cannot open anyone's pledge. The submitting form may send
 * the same submission key twice (a double click, a retry); to hand back the same address then, the
 * token is also kept sealed with a pad derived from that key, which itself is kept only as a hash.
 * So only the browser that holds the key can get the token back.
 */
final class AccessTokens {

    private static final int TOKEN_BYTES = 18;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private AccessTokens() {
    }

    /** A new token of 144 random bits, in hex. */
    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    /** What the database keeps of a token or of a submission key. */
    static String hash(String text) {
        return Sha256.hex(text);
    }

    static String seal(String token, String submissionKey) {
        return HEX.formatHex(xor(HEX.parseHex(token), pad(submissionKey)));
    }

    /** The token sealed with this key; empty for a token stored before sealing or not in hex. */
    static Optional<String> unseal(String sealed, String submissionKey) {
        if (sealed == null || sealed.length() != 2 * TOKEN_BYTES) {
            return Optional.empty();
        }
        return Optional.of(HEX.formatHex(xor(HEX.parseHex(sealed), pad(submissionKey))));
    }

    private static byte[] pad(String submissionKey) {
        return Sha256.of("pledge-token-seal:" + submissionKey);
    }

    private static byte[] xor(byte[] bytes, byte[] pad) {
        byte[] result = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            result[i] = (byte) (bytes[i] ^ pad[i]);
        }
        return result;
    }
}
