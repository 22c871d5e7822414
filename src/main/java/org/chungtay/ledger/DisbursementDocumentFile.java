package org.chungtay.ledger;

/** A document behind a disbursement, to download; {@code bytes} is null in lists. */
public record DisbursementDocumentFile(long id, long disbursementId, String fileName, String contentType,
        byte[] bytes) {
}
