package org.chungtay.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The words of an upload field, from keys under one prefix ending in a dot: {@code choose}, {@code drop},
 * {@code remove}, {@code retry}, {@code uploading}, {@code failed}, and the key of the message for a
 * refused file, which gets the largest size in MB.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component view, String prefix, String rejectedKey, long maxMegabytes) {
        String rejected = view.getTranslation(rejectedKey, maxMegabytes);
        String uploading = view.getTranslation(prefix + "uploading");
        String failed = view.getTranslation(prefix + "failed");
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(view.getTranslation(prefix + "choose"))
                .setMany(view.getTranslation(prefix + "choose")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(view.getTranslation(prefix + "drop"))
                .setMany(view.getTranslation(prefix + "drop")));
        texts.setError(new UploadI18N.Error().setTooManyFiles(rejected).setFileIsTooBig(rejected)
                .setIncorrectFileType(rejected));
        texts.setFile(new UploadI18N.File().setRemove(view.getTranslation(prefix + "remove"))
                .setRetry(view.getTranslation(prefix + "retry")).setStart(view.getTranslation(prefix + "choose")));
        texts.setUploading(new UploadI18N.Uploading()
                .setError(new UploadI18N.Uploading.Error()
                        .setFileTooLarge(rejected)
                        .setForbidden(view.getTranslation("error.not-allowed.message"))
                        .setServerUnavailable(failed)
                        .setUnexpectedServerError(failed))
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(uploading)
                        .setProcessing(uploading)
                        .setHeld(uploading)
                        .setStalled(uploading)));
        return texts;
    }
}
