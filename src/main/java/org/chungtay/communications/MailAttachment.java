package org.chungtay.communications;

import java.util.Objects;

/** A file sent with an email, such as a receipt's PDF. */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
