package org.chungtay.donorportal.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.chungtay.payments.PdfFile;

/**
 * The donor's files, served by the signed-in session itself (a Vaadin download handler under the view's own
 * address), so no address that carries a receipt number or a reference ever exists outside the session.
 */
final class DonorDownloads {

    private static final int NOT_FOUND = 404;

    private DonorDownloads() {
    }

    /** A link that downloads the PDF the service makes when followed; a file no longer the donor's answers 404. */
    static Anchor pdf(String id, String label, SerializableSupplier<Optional<PdfFile>> making) {
        Anchor link = new Anchor(handler(making), label);
        link.setId(id);
        link.getElement().setAttribute("download", true);
        link.addClassName("donor-download");
        return link;
    }

    static DownloadHandler handler(SerializableSupplier<Optional<PdfFile>> making) {
        return event -> {
            Optional<PdfFile> file = making.get();
            if (file.isEmpty()) {
                event.getResponse().setStatus(NOT_FOUND);
                return;
            }
            event.setContentType("application/pdf");
            event.setContentLength(file.get().content().length);
            event.setFileName(file.get().fileName());
            event.getOutputStream().write(file.get().content());
        };
    }

    /** An element id from a receipt number or reference: letters, digits and hyphens ({@code T1/2026/3} → {@code T1-2026-3}). */
    static String idPart(String text) {
        StringBuilder id = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            boolean kept = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
            id.append(kept ? c : '-');
        }
        return id.toString();
    }
}
