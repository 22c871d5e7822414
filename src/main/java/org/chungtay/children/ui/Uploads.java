package org.chungtay.children.ui;

import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;

import org.chungtay.shared.ui.Notices;

/** An upload field that keeps the one file it received, for a form to hand over with its other fields. */
final class Uploads {

    /** A received file: its name as the browser gave it, and its bytes. */
    record File(String name, byte[] bytes) {
    }

    private Uploads() {
    }

    static Upload of(Component in, String id, long maxBytes, AtomicReference<File> received, String rejectedKey,
            String... types) {
        InMemoryUploadHandler handler = new InMemoryUploadHandler((metadata, bytes) ->
                received.set(new File(metadata.fileName(), bytes))) {
            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }
        };
        Upload upload = new Upload(handler);
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) maxBytes);
        upload.setAcceptedFileTypes(types);
        upload.setI18n(org.chungtay.shared.ui.UploadTexts.of(in, "children.upload.", rejectedKey,
                maxBytes / (1024 * 1024)));
        upload.addFileRejectedListener(rejected -> Notices.error(rejectedKey, maxBytes / (1024 * 1024)));
        upload.addFileRemovedListener(removed -> received.set(null));
        return upload;
    }
}
