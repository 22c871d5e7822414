package org.chungtay.children.ui;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

import org.chungtay.children.ProgressNote;
import org.chungtay.shared.Picture;
import org.chungtay.shared.UserFacingException;
import org.chungtay.shared.VietnamTime;
import org.chungtay.shared.ui.DatePickers;

/** A progress note on a child, maybe with a photo, maybe marked as one the sponsor may see while consent allows. */
class NoteForm extends Composite<FormLayout> {

    /** What the form hands over; the photo's bytes as uploaded (the service checks and cleans them), or null. */
    record Entry(LocalDate writtenOn, String text, boolean shareable, byte[] photo) {
    }

    final DatePicker writtenOn = DatePickers.create("note-date", "children.note.date");
    final TextArea text = new TextArea();
    final Checkbox shareable = new Checkbox();
    final AtomicReference<Uploads.File> photo = new AtomicReference<>();

    private final Binder<Draft> binder = new Binder<>();

    NoteForm() {
        getContent().setId("note-form");
        writtenOn.setId("note-date");
        writtenOn.setLabel(getTranslation("children.note.date"));
        writtenOn.setMax(VietnamTime.today());
        text.setId("note-text");
        text.setLabel(getTranslation("children.note.text"));
        text.setMaxLength(ProgressNote.TEXT_LIMIT);
        shareable.setId("note-shareable");
        shareable.setLabel(getTranslation("children.note.shareable"));
        binder.forField(writtenOn).asRequired(getTranslation("children.error.date-in-future"))
                .withValidator(day -> !day.isAfter(VietnamTime.today()), getTranslation("children.error.date-in-future"))
                .bind(d -> d.writtenOn, (d, v) -> d.writtenOn = v);
        binder.forField(text).asRequired(getTranslation("children.error.note-required"))
                .withValidator(new StringLengthValidator(getTranslation("children.error.note-too-long",
                        ProgressNote.TEXT_LIMIT), 0, ProgressNote.TEXT_LIMIT))
                .bind(d -> d.text, (d, v) -> d.text = v);
        binder.forField(shareable).bind(d -> d.shareable, (d, v) -> d.shareable = v);
        Draft draft = new Draft();
        draft.writtenOn = VietnamTime.today();
        binder.readBean(draft);
        getContent().add(writtenOn, shareable, text, Uploads.of(this, "note-photo", Picture.MAX_BYTES, photo,
                "children.error.photo-rejected", "image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg",
                ".webp"));
        getContent().setColspan(text, 2);
    }

    void submit(Consumer<Entry> onValid) {
        Draft draft = new Draft();
        if (binder.writeBeanIfValid(draft)) {
            Uploads.File file = photo.get();
            onValid.accept(new Entry(draft.writtenOn, draft.text.strip(), draft.shareable,
                    file == null ? null : file.bytes()));
        }
    }

    boolean showProblem(UserFacingException problem) {
        return false;
    }

    private static final class Draft {
        private LocalDate writtenOn;
        private String text = "";
        private boolean shareable;
    }
}
