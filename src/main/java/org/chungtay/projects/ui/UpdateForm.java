package org.chungtay.projects.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;

import org.chungtay.projects.UpdateDraft;
import org.chungtay.projects.UpdateVisibility;
import org.chungtay.shared.Picture;
import org.chungtay.shared.ui.Notices;
import org.chungtay.shared.ui.UploadTexts;

/**
 * A progress update as staff write it: text in both languages, who may read it, and up to
 * {@value UpdateDraft#MAX_PHOTOS} photos. It never calls a service: {@link #submit} checks the fields at once and
 * hands the draft and the uploaded photos over; the view posts them. The text carries the same reminder as the
 * project's description: no child's name, address, school, nor a child's photo without consent.
 */
class UpdateForm extends Composite<FormLayout> {

    final TextArea textVi = new TextArea();
    final TextArea textEn = new TextArea();
    final RadioButtonGroup<UpdateVisibility> visibility = new RadioButtonGroup<>();
    final List<byte[]> photos = new CopyOnWriteArrayList<>();

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    UpdateForm() {
        textVi.setId("project-update-text-vi");
        textVi.setLabel(getTranslation("projects.field.update-text-vi"));
        textVi.setMaxLength(UpdateDraft.TEXT_LIMIT);
        textVi.setHelperText(getTranslation("projects.field.description.privacy"));
        textEn.setId("project-update-text-en");
        textEn.setLabel(getTranslation("projects.field.update-text-en"));
        textEn.setMaxLength(UpdateDraft.TEXT_LIMIT);
        visibility.setId("project-update-visibility");
        visibility.setLabel(getTranslation("projects.field.update-visibility"));
        visibility.setItems(UpdateVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v.labelKey()));

        String tooLong = getTranslation("validation.too-long", UpdateDraft.TEXT_LIMIT);
        binder.forField(textVi).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(tooLong, 0, UpdateDraft.TEXT_LIMIT))
                .bind(d -> d.textVi, (d, v) -> d.textVi = v);
        binder.forField(textEn).withValidator(new StringLengthValidator(tooLong, 0, UpdateDraft.TEXT_LIMIT))
                .bind(d -> d.textEn, (d, v) -> d.textEn = v);
        binder.forField(visibility).asRequired(getTranslation("validation.required"))
                .bind(d -> d.visibility, (d, v) -> d.visibility = v);
        draft.visibility = UpdateVisibility.PUBLIC;
        binder.readBean(draft);

        InMemoryUploadHandler handler = new InMemoryUploadHandler((metadata, bytes) -> photos.add(bytes)) {
            @Override
            public long getFileSizeMax() {
                return Picture.MAX_BYTES;
            }
        };
        Upload upload = new Upload(handler);
        upload.setId("project-update-photos");
        upload.setMaxFiles(UpdateDraft.MAX_PHOTOS);
        upload.setMaxFileSize(Picture.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.setI18n(UploadTexts.of(this, "projects.photos.", "projects.error.photo-rejected",
                Picture.MAX_BYTES / (1024 * 1024)));
        upload.addFileRejectedListener(rejected -> Notices.error("projects.error.photo-rejected",
                Picture.MAX_BYTES / (1024 * 1024)));

        FormLayout layout = getContent();
        layout.setId("project-update-form");
        layout.add(textVi, textEn, visibility, upload);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    /** Hands the update and its photos over when the fields are right; otherwise marks those that are not. */
    void submit(Consumer<Entry> onValid) {
        if (binder.writeBeanIfValid(draft)) {
            onValid.accept(new Entry(new UpdateDraft(draft.textVi, draft.textEn, draft.visibility), List.copyOf(photos)));
        }
    }

    /** What the form hands over. */
    record Entry(UpdateDraft draft, List<byte[]> photos) {
    }

    private static final class Draft {
        private String textVi;
        private String textEn;
        private UpdateVisibility visibility;
    }
}
