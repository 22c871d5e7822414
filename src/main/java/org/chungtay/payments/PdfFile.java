package org.chungtay.payments;

/** A PDF made for download: its file name and content. */
public record PdfFile(String fileName, byte[] content) {
}
