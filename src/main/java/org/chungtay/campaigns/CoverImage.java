package org.chungtay.campaigns;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.chungtay.shared.UserFacingException;

/**
 * A campaign's cover picture, stored in the database so that every node serves it. Only PNG, JPEG and
 * WebP are accepted, recognised by their first bytes rather than by the file's name or the type the
 * browser claims, and only up to {@value #MAX_BYTES} bytes.
 *
 * @param contentType the type the bytes turned out to be
 */
public record CoverImage(String contentType, byte[] bytes) {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);

    public CoverImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /**
     * The image in the bytes.
     *
     * @throws UserFacingException if they are empty, too large, or not a PNG, JPEG or WebP image
     */
    public static CoverImage of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UserFacingException("campaigns.error.cover-type");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UserFacingException("campaigns.error.cover-too-large", MAX_BYTES / (1024 * 1024));
        }
        return new CoverImage(typeOf(bytes), bytes);
    }

    private static String typeOf(byte[] bytes) {
        if (startsWith(bytes, 0, PNG)) {
            return "image/png";
        }
        if (startsWith(bytes, 0, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP)) {
            return "image/webp";
        }
        throw new UserFacingException("campaigns.error.cover-type");
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
