package org.chungtay.projects.ui;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;

import org.chungtay.projects.Handover;
import org.chungtay.shared.ScannedDocument;
import org.chungtay.shared.ui.DatePickers;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.UploadTexts;

/**
 * The handover and acceptance of a project: date, who received it, a note, and the scan of the signed record (a
 * PDF or a picture). It never calls a service; {@link #submit} checks the fields at once and hands them over.
 */
class HandoverForm extends Composite<FormLayout> {

    final DatePicker on = DatePickers.create("project-handover-on", "projects.field.handover-on");
    final TextField receivedBy = new TextField();
    final TextArea note = new TextArea();
    final AtomicReference<Document> document = new AtomicReference<>();

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    HandoverForm(Handover existing, boolean hasDocument, LocalDate today) {
        receivedBy.setId("project-handover-received-by");
        receivedBy.setLabel(getTranslation("projects.field.handover-received-by"));
        receivedBy.setMaxLength(Handover.RECEIVED_BY_LIMIT);
        note.setId("project-handover-note");
        note.setLabel(getTranslation("projects.field.handover-note"));
        note.setMaxLength(Handover.NOTE_LIMIT);
        note.setHelperText(getTranslation("projects.field.description.privacy"));
        on.setMax(today);

        String required = getTranslation("validation.required");
        binder.forField(on).asRequired(required)
                .withValidator(day -> !day.isAfter(today), getTranslation("projects.error.handover-future"))
                .bind(d -> d.on, (d, v) -> d.on = v);
        binder.forField(receivedBy).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.too-long", Handover.RECEIVED_BY_LIMIT),
                        0, Handover.RECEIVED_BY_LIMIT))
                .bind(d -> d.receivedBy, (d, v) -> d.receivedBy = v);
        binder.forField(note)
                .withValidator(new StringLengthValidator(getTranslation("validation.too-long", Handover.NOTE_LIMIT), 0,
                        Handover.NOTE_LIMIT))
                .bind(d -> d.note, (d, v) -> d.note = v);
        if (existing != null) {
            draft.on = existing.on();
            draft.receivedBy = existing.receivedBy();
            draft.note = existing.note();
        }
        binder.readBean(draft);

        InMemoryUploadHandler handler = new InMemoryUploadHandler(
                (metadata, bytes) -> document.set(new Document(metadata.fileName(), bytes))) {
            @Override
            public long getFileSizeMax() {
                return ScannedDocument.MAX_PDF_BYTES;
            }
        };
        Upload upload = new Upload(handler);
        upload.setId("project-handover-document");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ScannedDocument.MAX_PDF_BYTES);
        upload.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", "image/webp", ".pdf", ".png", ".jpg",
                ".jpeg", ".webp");
        upload.setI18n(UploadTexts.of(this, "projects.document.", "projects.error.document-rejected",
                ScannedDocument.MAX_PDF_BYTES / (1024 * 1024)));
        upload.addFileRejectedListener(rejected -> Notices.error("projects.error.document-rejected",
                ScannedDocument.MAX_PDF_BYTES / (1024 * 1024)));

        FormLayout layout = getContent();
        layout.setId("project-handover-form");
        layout.add(on, receivedBy, note, upload);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (hasDocument) {
            upload.getElement().setAttribute("title", getTranslation("projects.handover.document-kept"));
        }
    }

    void submit(Consumer<Entry> onValid) {
        if (binder.writeBeanIfValid(draft)) {
            Document scan = document.get();
            onValid.accept(new Entry(new Handover(draft.on, draft.receivedBy, draft.note),
                    scan == null ? null : scan.name(), scan == null ? null : scan.bytes()));
        }
    }

    /** What the form hands over; the document is null when none was uploaded this time. */
    record Entry(Handover handover, String fileName, byte[] document) {
    }

    record Document(String name, byte[] bytes) {
    }

    private static final class Draft {
        private LocalDate on;
        private String receivedBy;
        private String note;
    }
}
