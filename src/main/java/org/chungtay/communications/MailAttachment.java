package org.chungtay.communications;

import java.util.Objects;

/**
 * A file sent with an email: its content, or, for a receipt, the receipt it is the PDF of, rendered when the
 * email is sent ({@link ReceiptAttachments}); a receipt never changes, so neither does its PDF.
 *
 * @param content   the file; null when it names a receipt and has not been rendered yet
 * @param receiptId the receipt whose PDF this is, when it is one; null for any other file
 */
public record MailAttachment(String fileName, String contentType, byte[] content, Long receiptId) {

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        if (content == null && receiptId == null) {
            throw new IllegalArgumentException("A file has its content or names a receipt");
        }
    }

    public MailAttachment(String fileName, String contentType, byte[] content) {
        this(fileName, contentType, Objects.requireNonNull(content, "content"), null);
    }

    /** The PDF of a receipt, rendered when the email is sent. */
    public static MailAttachment receipt(long receiptId, String fileName) {
        return new MailAttachment(fileName, "application/pdf", null, receiptId);
    }

    /** The same file with its content made. */
    MailAttachment withContent(byte[] made) {
        return new MailAttachment(fileName, contentType, made, receiptId);
    }
}
