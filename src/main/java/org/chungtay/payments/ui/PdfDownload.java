package org.chungtay.payments.ui;

import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.chungtay.payments.PdfFile;

/** A PDF made when the link is followed, shown in the browser's viewer with a file name to save it under. */
final class PdfDownload {

    private static final String PDF = "application/pdf";

    private PdfDownload() {
    }

    static DownloadHandler of(SerializableSupplier<PdfFile> making) {
        return event -> {
            PdfFile file = making.get();
            event.setContentType(PDF);
            event.setContentLength(file.content().length);
            event.inline(file.fileName());
            event.getOutputStream().write(file.content());
        };
    }
}
