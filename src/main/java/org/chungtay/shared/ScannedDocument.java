package org.chungtay.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A scan or photo that proves something: a guardian's signed receipt of a sponsorship delivery, an invoice
 * behind a disbursement, a handover record. Checked once here for every module. A PDF is kept as it came
 * (recognised by its first bytes, up to {@value #MAX_PDF_BYTES} bytes) and is only ever offered as a
 * download, never shown inline; a picture goes through {@link Picture}, which drops its metadata (where a
 * phone took it).
 *
 * @param fileName the name it is offered under: the uploaded name without any folder, at most
 *        {@value #NAME_LIMIT} characters
 * @param contentType the type of the stored bytes
 */
public record ScannedDocument(String fileName, String contentType, byte[] bytes) {

    public static final int MAX_PDF_BYTES = 10 * 1024 * 1024;
    public static final int NAME_LIMIT = 200;
    public static final String PDF = "application/pdf";

    private static final byte[] PDF_START = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    public ScannedDocument {
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
     * The document in the uploaded bytes: a PDF as it is, a PNG, JPEG or WebP picture encoded again.
     *
     * @throws UserFacingException if they are empty, too large, or neither a PDF nor a picture that
     *         {@link Picture} accepts
     */
    public static ScannedDocument of(String uploadedName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UserFacingException("document.error.type");
        }
        String name = safeName(uploadedName);
        if (bytes.length >= PDF_START.length && Arrays.equals(bytes, 0, PDF_START.length, PDF_START, 0, PDF_START.length)) {
            if (bytes.length > MAX_PDF_BYTES) {
                throw new UserFacingException("document.error.too-large", MAX_PDF_BYTES / (1024 * 1024));
            }
            return new ScannedDocument(withExtension(name, ".pdf"), PDF, bytes);
        }
        Picture picture;
        try {
            picture = Picture.of(bytes);
        } catch (UserFacingException notAPicture) {
            if ("picture.error.type".equals(notAPicture.messageKey())) {
                throw new UserFacingException("document.error.type");
            }
            throw notAPicture;
        }
        return new ScannedDocument(withExtension(name, picture.contentType().equals("image/png") ? ".png" : ".jpg"),
                picture.contentType(), picture.bytes());
    }

    public boolean isPdf() {
        return PDF.equals(contentType);
    }

    /** The last part of a path a browser may send, without control characters or quotes, never empty. */
    private static String safeName(String uploadedName) {
        String name = uploadedName == null ? "" : uploadedName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > NAME_LIMIT - 4 ? name.substring(0, NAME_LIMIT - 4) : name;
    }

    private static String withExtension(String name, String extension) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base + extension;
    }
}
